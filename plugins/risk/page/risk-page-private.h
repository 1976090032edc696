/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The instance of TryggRiskPage, shared by risk-page.c (the list of analyses, the views,
 * selection and reloading), risk-page-actions.c (what the buttons and shortcuts do) and
 * risk-page-dialogs.c (new analysis, delete, approve).
 */
#pragma once

#include "risk-analysis-form.h"
#include "risk-analysis-item.h"
#include "risk-heatmap-pane.h"
#include "risk-item.h"
#include "risk-list.h"
#include "risk-matrix-editor.h"
#include "risk-page.h"

G_BEGIN_DECLS

struct _TryggRiskPage
{
  AdwBin                 parent_instance;

  AdwLeaflet            *leaflet;
  GtkWidget             *sidebar;
  GtkStack              *list_stack;
  GtkListView           *analysis_list;
  GtkStack              *content_stack;
  GtkLabel              *title_label;
  GtkWidget             *status_badge;
  GtkImage              *status_icon;
  GtkLabel              *status_label;
  GtkLabel              *meta_label;
  GtkButton             *approve_button;
  GtkWidget             *back_button;
  AdwViewStack          *view_stack;
  TryggRiskHeatmapPane  *heatmap_pane;
  TryggRiskList         *risk_list;
  TryggRiskAnalysisForm *analysis_form;
  TryggRiskMatrixEditor *matrix_editor;

  TryggDatabase         *db;
  GListStore            *analyses;
  GtkSingleSelection    *analysis_selection;
  GListStore            *risks;
  gint64                 analysis_id;
  gulong                 changed_id;
  guint                  reload_source;
  GtkNativeDialog       *chooser;
  gint64                 undo_first;
  gint64                 undo_last;
};

void     trygg_risk_page_show_error      (TryggRiskPage *self,
                                          const GError  *error);
void     trygg_risk_page_reload          (TryggRiskPage *self);
gboolean trygg_risk_page_flush           (TryggRiskPage *self);
void     trygg_risk_page_select_analysis (TryggRiskPage *self,
                                          gint64         analysis_id);
TryggRiskAnalysisItem *trygg_risk_page_get_analysis_item (TryggRiskPage *self);
void     trygg_risk_page_update_actions  (TryggRiskPage *self);
void     trygg_risk_page_show_content    (TryggRiskPage *self);
void     trygg_risk_page_install_actions (GtkWidgetClass *widget_class);
GtkListItemFactory *trygg_risk_analysis_row_factory_new (void);
void     trygg_risk_page_offer_undo      (TryggRiskPage *self,
                                          const char    *message,
                                          gint64         first,
                                          gint64         last);

void     trygg_risk_page_new_analysis_dialog    (TryggRiskPage *self);
void     trygg_risk_page_delete_analysis_dialog (TryggRiskPage *self);
void     trygg_risk_page_approve_dialog         (TryggRiskPage *self);

G_END_DECLS
