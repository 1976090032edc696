/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the files of the workshop window share: risk-workshop.c (the window, what it shows,
 * the quick entry) and risk-workshop-actions.c (its actions, keys and settings).
 */
#pragma once

#include "risk-heatmap.h"
#include "risk-workshop.h"
#include "risk-workshop-list.h"
#include "risk-workshop-measure.h"

G_BEGIN_DECLS

#define TRYGG_RISK_WORKSHOP_N_ZOOM       6
#define TRYGG_RISK_WORKSHOP_DEFAULT_ZOOM 1

enum { PROP_0, PROP_VIEW, PROP_HIGH_CONTRAST, N_PROPS };

struct _TryggRiskWorkshop
{
  AdwWindow      parent_instance;

  GtkWidget     *title_label;
  GtkWidget     *status_label;
  GtkWidget     *heatmap_bin;
  GtkWidget     *list_bin;
  GtkWidget     *side_box;
  GtkWidget     *measure_button;
  GtkWidget     *measure_label;
  GtkWidget     *quick_entry;
  GtkWidget     *help_label;

  GtkWidget     *heatmap;
  GtkWidget     *list;
  GtkWidget     *measure;
  TryggDatabase *db;
  gint64         analysis_id;
  char          *view;
  gboolean       high_contrast;
  int            zoom;
  guint          select_source;
  gint64         pending_risk;
  gboolean       pending_move;
  guint          layout_source;
  gboolean       compact;
  int            width;
};

/* risk-workshop.c */
void                 trygg_risk_workshop_update_status  (TryggRiskWorkshop *self);
void                 trygg_risk_workshop_quick_add      (TryggRiskWorkshop *self,
                                                         gboolean           move);
TryggRiskHeatmapView trygg_risk_workshop_view_of        (const char        *name);

/* risk-workshop-actions.c */
void                 trygg_risk_workshop_get_property   (GObject           *object,
                                                         guint              prop_id,
                                                         GValue            *value,
                                                         GParamSpec        *pspec);
void                 trygg_risk_workshop_set_property   (GObject           *object,
                                                         guint              prop_id,
                                                         const GValue      *value,
                                                         GParamSpec        *pspec);
void                 trygg_risk_workshop_class_add_actions (GtkWidgetClass *widget_class);
void                 trygg_risk_workshop_set_view       (TryggRiskWorkshop *self,
                                                         const char        *view);
void                 trygg_risk_workshop_set_high_contrast (TryggRiskWorkshop *self,
                                                         gboolean           high_contrast);
void                 trygg_risk_workshop_set_zoom       (TryggRiskWorkshop *self,
                                                         int                zoom);
void                 trygg_risk_workshop_fill_help      (TryggRiskWorkshop *self,
                                                         gboolean           brief);

G_END_DECLS
