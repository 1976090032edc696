/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The instance of TryggClassificationPage, shared by classification-page.c (selection,
 * reloading, search hits), classification-page-filters.c (the list and its filters),
 * classification-page-detail.c (the chosen asset) and classification-page-actions.c (what
 * the menu and the shortcuts do).
 */
#pragma once

#include "classification-asset-list.h"
#include "classification-badges.h"
#include "classification-page.h"

G_BEGIN_DECLS

struct _TryggClassificationPage
{
  AdwBin                        parent_instance;

  AdwLeaflet                   *leaflet;
  GtkSearchEntry               *search_entry;
  GtkMenuButton                *menu_button;
  GtkDropDown                  *show_dropdown;
  GtkDropDown                  *level_dropdown;
  GtkDropDown                  *unit_dropdown;
  GtkLabel                     *count_label;
  GtkStack                     *list_stack;
  GtkListView                  *list_view;
  GtkStack                     *detail_stack;
  GtkWidget                    *detail_scroll;
  GtkLabel                     *title_label;
  GtkLabel                     *unit_label;
  GtkWidget                    *classify_button;
  TryggClassificationBadges    *badges;
  GtkLabel                     *version_label;
  GtkWidget                    *warning_banner;
  GtkLabel                     *warning_label;
  GtkWidget                    *unclassified_box;
  GtkWidget                    *classified_box;
  AdwPreferencesGroup          *levels_group;
  AdwActionRow                 *personal_row;
  AdwActionRow                 *special_row;
  AdwActionRow                 *secrecy_row;
  AdwActionRow                 *classified_by_row;
  AdwActionRow                 *signed_off_row;
  AdwActionRow                 *review_row;
  GtkWidget                    *review_overdue;
  AdwPreferencesGroup          *history_group;
  GtkBox                       *requirements_box;
  GtkWidget                    *requirements;

  TryggDatabase                *db;
  TryggClassificationAssetList *list;
  GtkSingleSelection           *selection;
  GtkStringList                *unit_names;
  GArray                       *unit_ids;     /* gint64, position 0 = every unit */
  GArray                       *unit_depths;  /* int */
  GtkStringList                *level_names;
  int                           level_min;    /* the level at position 1 of level_dropdown */
  char                         *preset;

  gint64                        asset_id;     /* the asset in the detail, 0 for none */
  char                         *asset_uuid;
  char                         *asset_name;
  char                         *unit_uuid;
  char                         *unit_name;
  int                           shown_version;
  GPtrArray                    *level_rows;
  GPtrArray                    *history_rows;

  GtkNativeDialog              *chooser;
  gulong                        changed_id;
  guint                         reload_source;
  gboolean                      reloading;
  gboolean                      filling;      /* the filter widgets are being set up */
};

/* classification-page.c */
void trygg_classification_page_reload          (TryggClassificationPage *self);
void trygg_classification_page_show_asset      (TryggClassificationPage *self,
                                                gint64                   asset_id);
void trygg_classification_page_update_actions  (TryggClassificationPage *self);

/* classification-page-filters.c */
void trygg_classification_page_setup_list      (TryggClassificationPage *self);
void trygg_classification_page_fill_filters    (TryggClassificationPage *self);
void trygg_classification_page_apply_filter    (TryggClassificationPage *self);
void trygg_classification_page_clear_filters   (TryggClassificationPage *self);
void trygg_classification_page_update_count    (TryggClassificationPage *self);
void trygg_classification_page_on_filter_changed (TryggClassificationPage *self);

/* classification-page-detail.c */
void trygg_classification_page_fill_detail     (TryggClassificationPage *self);

/* classification-page-actions.c */
void trygg_classification_page_install_actions (GtkWidgetClass          *widget_class);
void trygg_classification_page_close_chooser   (TryggClassificationPage *self);

G_END_DECLS
