/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A chip of the heatmap as a child widget, for the keyboard focus and the accessibility
 * tree; risk-heatmap.c lays it out and draws it (risk-heatmap-paint.c).
 */
#define G_LOG_DOMAIN "trygg-risk"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "risk-heatmap-chip.h"

struct _TryggRiskHeatmapChip
{
  GtkWidget         parent_instance;
  int               risk;
  gint64            risk_id;
  TryggRiskChipKind kind;
  int               number;
  graphene_rect_t   rect;
};

G_DEFINE_FINAL_TYPE (TryggRiskHeatmapChip, trygg_risk_heatmap_chip, GTK_TYPE_WIDGET)

static void
trygg_risk_heatmap_chip_class_init (TryggRiskHeatmapChipClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_css_name (widget_class, "chip");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_BUTTON);
}

static void
trygg_risk_heatmap_chip_init (TryggRiskHeatmapChip *self)
{
  self->risk = -2;
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "grab");
}

GtkWidget *
trygg_risk_heatmap_chip_new (void)
{
  return g_object_new (TRYGG_TYPE_RISK_HEATMAP_CHIP, NULL);
}

void
trygg_risk_heatmap_chip_set (TryggRiskHeatmapChip  *self,
                             int                    risk,
                             gint64                 risk_id,
                             TryggRiskChipKind      kind,
                             int                    number,
                             const graphene_rect_t *rect)
{
  g_autofree char *label = NULL;

  g_return_if_fail (TRYGG_IS_RISK_HEATMAP_CHIP (self));

  self->rect = *rect;
  if (self->risk == risk && self->kind == kind && self->number == number &&
      self->risk_id == risk_id)
    return;
  self->risk = risk;
  self->risk_id = risk_id;
  self->kind = kind;
  self->number = number;

  if (risk < 0)
    label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          /* Translators: the "+N" chip of a full cell */
                                          "%d more risk", "%d more risks", number), number);
  else if (kind == TRYGG_RISK_CHIP_UNASSESSED)
    /* Translators: a risk's number */
    label = g_strdup_printf (_("Risk %d, residual risk not assessed"), number);
  else if (kind == TRYGG_RISK_CHIP_GHOST)
    /* Translators: a risk's number; this chip marks where it was before its measures */
    label = g_strdup_printf (_("Risk %d, initial place"), number);
  else
    /* Translators: a risk's number */
    label = g_strdup_printf (_("Risk %d"), number);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, risk < 0
                                  ? _("Enter shows them in the list")
                                  : _("Enter opens the risk; Ctrl+arrow keys move it one cell"),
                                  -1);
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), risk < 0 ? "pointer" : "grab");
}

int
trygg_risk_heatmap_chip_get_risk (TryggRiskHeatmapChip *self)
{
  return self->risk;
}

gint64
trygg_risk_heatmap_chip_get_risk_id (TryggRiskHeatmapChip *self)
{
  return self->risk_id;
}

TryggRiskChipKind
trygg_risk_heatmap_chip_get_kind (TryggRiskHeatmapChip *self)
{
  return self->kind;
}

gboolean
trygg_risk_heatmap_chip_is_more (TryggRiskHeatmapChip *self)
{
  return self->risk < 0;
}

const graphene_rect_t *
trygg_risk_heatmap_chip_get_rect (TryggRiskHeatmapChip *self)
{
  return &self->rect;
}
