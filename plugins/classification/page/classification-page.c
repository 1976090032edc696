/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * TryggClassificationPage: the information assets and their classification. On the left a
 * virtualised list (name, unit, profile badges, "Review overdue") with filters; on the right
 * the chosen asset: profile, the level-4 warning, levels and rationales, flags, sign-off,
 * next review, version history and the requirements its profile calls for. "Classify…"
 * opens the guided editor; the menu exports the list as CSV and writes PDF reports.
 *
 * The page follows the database: when a transaction touches the assets, units, persons or
 * the classification, the list and the detail are read again on idle; the chosen asset
 * stays chosen, and stays in the detail even when a filter no longer lists it.
 */
#define G_LOG_DOMAIN "trygg-classification"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "classification-asset-row.h"
#include "classification-page-private.h"
#include "classification-queries.h"
#include "classification-requirements.h"

G_DEFINE_FINAL_TYPE (TryggClassificationPage, trygg_classification_page, ADW_TYPE_BIN)

void
trygg_classification_page_update_actions (TryggClassificationPage *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean shown = self->asset_id != 0;
  guint n = self->list != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->list)) : 0;

  gtk_widget_action_set_enabled (widget, "classification.classify", shown);
  gtk_widget_action_set_enabled (widget, "classification.report-asset", shown);
  gtk_widget_action_set_enabled (widget, "classification.report-unit",
                                 shown && self->unit_uuid != NULL);
  gtk_widget_action_set_enabled (widget, "classification.export-csv", n > 0);
}

/**
 * trygg_classification_page_show_asset:
 * @asset_id: an information asset, or 0 for none
 *
 * Shows @asset_id in the detail pane, whether the list shows it or not.
 */
void
trygg_classification_page_show_asset (TryggClassificationPage *self,
                                      gint64                   asset_id)
{
  gboolean other = asset_id != self->asset_id;

  self->asset_id = asset_id;
  if (other)
    {
      self->shown_version = -1;
      gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (
          GTK_SCROLLED_WINDOW (self->detail_scroll)), 0);
    }
  trygg_classification_page_fill_detail (self);
  trygg_classification_page_update_actions (self);
}

static void
on_selection_changed (TryggClassificationPage *self)
{
  TryggClassificationAssetItem *item = gtk_single_selection_get_selected_item (self->selection);

  if (self->reloading || item == NULL)
    return;
  trygg_classification_page_show_asset (self,
                                        trygg_classification_asset_item_get_id (item));
  adw_leaflet_set_visible_child (self->leaflet, GTK_WIDGET (self->detail_stack));
}

/* Selects the row of the shown asset, if the list has it, without side effects. */
static void
select_shown (TryggClassificationPage *self)
{
  guint position = self->asset_id != 0
                   ? trygg_classification_asset_list_find (self->list, self->asset_id)
                   : GTK_INVALID_LIST_POSITION;

  self->reloading = TRUE;
  if (gtk_single_selection_get_selected (self->selection) != position)
    gtk_single_selection_set_selected (self->selection, position);
  self->reloading = FALSE;
}

/**
 * trygg_classification_page_reload:
 *
 * Reads the list and the chosen asset again; the chosen asset stays chosen.
 */
void
trygg_classification_page_reload (TryggClassificationPage *self)
{
  g_clear_handle_id (&self->reload_source, g_source_remove);
  self->reloading = TRUE;
  trygg_classification_page_fill_filters (self);
  trygg_classification_asset_list_reload (self->list);
  self->reloading = FALSE;
  select_shown (self);
  trygg_classification_page_fill_detail (self);
  trygg_classification_page_update_count (self);
  trygg_classification_page_update_actions (self);
}

static gboolean
reload_idle (gpointer data)
{
  TryggClassificationPage *self = data;

  self->reload_source = 0;
  trygg_classification_page_reload (self);
  return G_SOURCE_REMOVE;
}

static void
on_database_changed (TryggDatabase           *db,
                     const char              *table,
                     TryggClassificationPage *self)
{
  static const char * const tables[] = {
    "information_asset", "org_unit", "person", "classification", "classification_aspect",
    "classification_setting", "classification_level",
  };

  if (self->reload_source != 0)
    return;
  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    if (g_strcmp0 (table, tables[i]) == 0)
      {
        self->reload_source = g_idle_add (reload_idle, self);
        return;
      }
}

static void
on_list_activate (TryggClassificationPage *self,
                  guint                    position)
{
  gtk_single_selection_set_selected (self->selection, position);
  gtk_widget_activate_action (GTK_WIDGET (self), "classification.classify", NULL);
}

static void
on_back_clicked (TryggClassificationPage *self)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
on_filter_changed (TryggClassificationPage *self)
{
  trygg_classification_page_on_filter_changed (self);
}

/**
 * trygg_classification_page_select_uuid:
 * @uuid: an information asset, or a row of `classification`, `classification_aspect`,
 *   `classification_fulfilment` or `classification_requirement`
 *
 * Shows what a search hit points at: the asset (or the asset the row belongs to), chosen in
 * the list — the filters are cleared when they hide it. A requirement of the catalogue
 * selects nothing.
 *
 * Returns: %FALSE when @uuid is none of these
 */
gboolean
trygg_classification_page_select_uuid (TryggClassificationPage *self,
                                       const char              *uuid)
{
  gint64 asset_id = 0;

  g_return_val_if_fail (TRYGG_IS_CLASSIFICATION_PAGE (self), FALSE);

  switch (trygg_classification_lookup_uuid (self->db, uuid, &asset_id))
    {
    case TRYGG_CLASSIFICATION_UUID_REQUIREMENT:
      return TRUE;
    case TRYGG_CLASSIFICATION_UUID_ASSET:
      break;
    case TRYGG_CLASSIFICATION_UUID_UNKNOWN:
    default:
      return FALSE;
    }
  if (self->reload_source != 0)
    trygg_classification_page_reload (self);
  if (trygg_classification_asset_list_find (self->list, asset_id) == GTK_INVALID_LIST_POSITION)
    trygg_classification_page_clear_filters (self);
  trygg_classification_page_show_asset (self, asset_id);
  select_shown (self);
  adw_leaflet_set_visible_child (self->leaflet, GTK_WIDGET (self->detail_stack));
  return self->asset_id == asset_id;
}

static void
trygg_classification_page_dispose (GObject *object)
{
  TryggClassificationPage *self = TRYGG_CLASSIFICATION_PAGE (object);

  g_clear_handle_id (&self->reload_source, g_source_remove);
  if (self->db != NULL)
    g_clear_signal_handler (&self->changed_id, self->db);
  trygg_classification_page_close_chooser (self);
  if (self->list_view != NULL)
    gtk_list_view_set_model (self->list_view, NULL);
  /* the bin lets go of the leaflet before the template clears it */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), TRYGG_TYPE_CLASSIFICATION_PAGE);
  g_clear_object (&self->selection);
  g_clear_object (&self->list);
  g_clear_object (&self->unit_names);
  g_clear_object (&self->level_names);
  g_clear_object (&self->db);
  G_OBJECT_CLASS (trygg_classification_page_parent_class)->dispose (object);
}

static void
trygg_classification_page_finalize (GObject *object)
{
  TryggClassificationPage *self = TRYGG_CLASSIFICATION_PAGE (object);

  g_clear_pointer (&self->unit_ids, g_array_unref);
  g_clear_pointer (&self->unit_depths, g_array_unref);
  g_clear_pointer (&self->level_rows, g_ptr_array_unref);
  g_clear_pointer (&self->history_rows, g_ptr_array_unref);
  g_free (self->preset);
  g_free (self->asset_uuid);
  g_free (self->asset_name);
  g_free (self->unit_uuid);
  g_free (self->unit_name);
  G_OBJECT_CLASS (trygg_classification_page_parent_class)->finalize (object);
}

static void
trygg_classification_page_class_init (TryggClassificationPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = trygg_classification_page_dispose;
  G_OBJECT_CLASS (klass)->finalize = trygg_classification_page_finalize;

  g_type_ensure (TRYGG_TYPE_CLASSIFICATION_BADGES);
  gtk_widget_class_set_template_from_resource (widget_class,
      "/io/github/trygg/Trygg/plugins/classification/classification-page.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, TryggClassificationPage, name)
  BIND (leaflet);
  BIND (search_entry);
  BIND (menu_button);
  BIND (show_dropdown);
  BIND (level_dropdown);
  BIND (unit_dropdown);
  BIND (count_label);
  BIND (list_stack);
  BIND (list_view);
  BIND (detail_stack);
  BIND (detail_scroll);
  BIND (title_label);
  BIND (unit_label);
  BIND (classify_button);
  BIND (badges);
  BIND (version_label);
  BIND (warning_banner);
  BIND (warning_label);
  BIND (unclassified_box);
  BIND (classified_box);
  BIND (levels_group);
  BIND (personal_row);
  BIND (special_row);
  BIND (secrecy_row);
  BIND (classified_by_row);
  BIND (signed_off_row);
  BIND (review_row);
  BIND (review_overdue);
  BIND (history_group);
  BIND (requirements_box);
#undef BIND
  gtk_widget_class_bind_template_callback (widget_class, on_list_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_back_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed);

  trygg_classification_page_install_actions (widget_class);
}

static void
trygg_classification_page_init (TryggClassificationPage *self)
{
  trygg_classification_load_page_css ();
  gtk_widget_init_template (GTK_WIDGET (self));
  self->level_rows = g_ptr_array_new ();
  self->history_rows = g_ptr_array_new ();
  self->unit_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->unit_depths = g_array_new (FALSE, FALSE, sizeof (int));
  self->shown_version = -1;
}

/* Returns: (transfer floating): the Classification page on @db, nothing chosen */
GtkWidget *
trygg_classification_page_new (TryggDatabase *db)
{
  TryggClassificationPage *self;

  g_return_val_if_fail (TRYGG_IS_DATABASE (db), NULL);

  self = g_object_new (TRYGG_TYPE_CLASSIFICATION_PAGE, NULL);
  self->db = g_object_ref (db);
  self->list = trygg_classification_asset_list_new (db);
  self->selection = gtk_single_selection_new (G_LIST_MODEL (g_object_ref (self->list)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  g_signal_connect_swapped (self->selection, "notify::selected",
                            G_CALLBACK (on_selection_changed), self);

  self->requirements = trygg_classification_requirements_new (db);
  gtk_box_append (self->requirements_box, self->requirements);

  trygg_classification_page_setup_list (self);
  self->changed_id = g_signal_connect (db, "changed", G_CALLBACK (on_database_changed), self);
  trygg_classification_page_reload (self);
  return GTK_WIDGET (self);
}
