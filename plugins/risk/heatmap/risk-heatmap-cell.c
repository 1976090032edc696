/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A cell of the heatmap as a child widget, for the keyboard focus and the accessibility
 * tree; risk-heatmap.c lays it out and draws it (risk-heatmap-paint.c). Its chips are its
 * children, allocated where the heatmap put them.
 */
#define G_LOG_DOMAIN "trygg-risk"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "risk-heatmap-cell.h"
#include "risk-heatmap-chip.h"

#define MAX_LISTED 10

struct _TryggRiskHeatmapCell
{
  GtkWidget  parent_instance;
  int        index;
  GPtrArray *chips;
};

G_DEFINE_FINAL_TYPE (TryggRiskHeatmapCell, trygg_risk_heatmap_cell, GTK_TYPE_WIDGET)

static void
trygg_risk_heatmap_cell_dispose (GObject *object)
{
  TryggRiskHeatmapCell *self = TRYGG_RISK_HEATMAP_CELL (object);

  trygg_risk_heatmap_cell_set_n_chips (self, 0);
  G_OBJECT_CLASS (trygg_risk_heatmap_cell_parent_class)->dispose (object);
}

static void
trygg_risk_heatmap_cell_finalize (GObject *object)
{
  TryggRiskHeatmapCell *self = TRYGG_RISK_HEATMAP_CELL (object);

  g_ptr_array_unref (self->chips);
  G_OBJECT_CLASS (trygg_risk_heatmap_cell_parent_class)->finalize (object);
}

static void
trygg_risk_heatmap_cell_size_allocate (GtkWidget *widget,
                                       int        width,
                                       int        height,
                                       int        baseline)
{
  TryggRiskHeatmapCell *self = TRYGG_RISK_HEATMAP_CELL (widget);

  for (guint i = 0; i < self->chips->len; i++)
    {
      GtkWidget *chip = g_ptr_array_index (self->chips, i);
      const graphene_rect_t *r = trygg_risk_heatmap_chip_get_rect (TRYGG_RISK_HEATMAP_CHIP (chip));

      gtk_widget_allocate (chip, MAX (1, (int) r->size.width), MAX (1, (int) r->size.height),
                           -1, gsk_transform_translate (NULL, &r->origin));
    }
}

static void
trygg_risk_heatmap_cell_class_init (TryggRiskHeatmapCellClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = trygg_risk_heatmap_cell_dispose;
  object_class->finalize = trygg_risk_heatmap_cell_finalize;
  widget_class->size_allocate = trygg_risk_heatmap_cell_size_allocate;
  gtk_widget_class_set_css_name (widget_class, "cell");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GRID_CELL);
}

static void
trygg_risk_heatmap_cell_init (TryggRiskHeatmapCell *self)
{
  self->chips = g_ptr_array_new ();
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
}

GtkWidget *
trygg_risk_heatmap_cell_new (int index)
{
  TryggRiskHeatmapCell *self = g_object_new (TRYGG_TYPE_RISK_HEATMAP_CELL, NULL);

  self->index = index;
  return GTK_WIDGET (self);
}

int
trygg_risk_heatmap_cell_get_index (TryggRiskHeatmapCell *self)
{
  return self->index;
}

GPtrArray *
trygg_risk_heatmap_cell_get_chips (TryggRiskHeatmapCell *self)
{
  return self->chips;
}

void
trygg_risk_heatmap_cell_set_n_chips (TryggRiskHeatmapCell *self,
                                     guint                 n)
{
  while (self->chips->len > n)
    gtk_widget_unparent (g_ptr_array_steal_index (self->chips, self->chips->len - 1));
  while (self->chips->len < n)
    {
      GtkWidget *chip = trygg_risk_heatmap_chip_new ();

      gtk_widget_set_parent (chip, GTK_WIDGET (self));
      g_ptr_array_add (self->chips, chip);
    }
}

/* "risks 2, 5 and 7", or "23 risks, the first 1, 2, …" */
static char *
list_risks (const TryggRiskHeatmapData  *data,
            const TryggRiskHeatmapEntry *entries,
            guint                        n)
{
  g_autoptr(GString) numbers = g_string_new (NULL);
  guint listed = MIN (n, MAX_LISTED);

  for (guint i = 0; i < listed; i++)
    {
      int number = trygg_risk_heatmap_data_get_risk (data, entries[i].risk)->number;

      if (i > 0 && (i < listed - 1 || n > MAX_LISTED))
        g_string_append (numbers, ", ");
      if (i > 0 && i == listed - 1 && n <= MAX_LISTED)
        {
          g_autofree char *last = g_strdup_printf ("%d", number);
          /* Translators: joins the last two numbers of a list: "2, 5 and 7" */
          g_autofree char *joined = g_strdup_printf (_("%s and %s"), numbers->str, last);

          g_string_assign (numbers, joined);
        }
      else
        g_string_append_printf (numbers, "%d", number);
    }
  if (n > MAX_LISTED)
    /* Translators: how many risks, then the numbers of the first ten */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u risk, the first %s",
                                         "%u risks, the first %s", n), n, numbers->str);
  /* Translators: the numbers of the risks in a cell: "risks 2 and 7" */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "risk %s", "risks %s", n),
                          numbers->str);
}

void
trygg_risk_heatmap_cell_update (TryggRiskHeatmapCell       *self,
                                const TryggRiskHeatmapData *data,
                                TryggRiskHeatmapView        view,
                                gboolean                    filtered)
{
  int np = trygg_risk_heatmap_data_get_probability_levels (data);
  int nc = trygg_risk_heatmap_data_get_consequence_levels (data);
  int p = self->index / nc + 1, c = self->index % nc + 1;
  const TryggRiskBand *band = trygg_risk_heatmap_data_band (data, p, c);
  const char *band_name = band != NULL ? band->name : "";
  g_autofree char *label = NULL;
  g_autofree char *description = NULL;
  g_autofree char *risks = NULL;
  const TryggRiskHeatmapEntry *entries;
  guint n;

  entries = trygg_risk_heatmap_data_cell (data, view, self->index, &n);
  if (n == 0)
    label = g_strdup_printf (
        /* Translators: probability level, consequence level, the band's name */
        _("Probability %d, consequence %d, %s: no risks"), p, c, band_name);
  else
    {
      risks = list_risks (data, entries, n);
      label = g_strdup_printf (
          /* Translators: probability level, consequence level, the band's name, then the
           * risks in the cell ("risks 2 and 7") */
          _("Probability %d, consequence %d, %s: %s"), p, c, band_name, risks);
    }
  description = g_strdup_printf (
      /* Translators: the names of the probability and consequence levels, then the risk
       * value (probability × consequence) */
      _("Probability: %s. Consequence: %s. Risk value %d. Space filters the list by this "
        "cell; Enter goes to its risks."),
      trygg_risk_heatmap_data_level_name (data, TRUE, p),
      trygg_risk_heatmap_data_level_name (data, FALSE, c), p * c);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_RELATION_ROW_INDEX, np - p + 1,
                                  GTK_ACCESSIBLE_RELATION_COL_INDEX, c,
                                  -1);
  gtk_accessible_update_state (GTK_ACCESSIBLE (self),
                               GTK_ACCESSIBLE_STATE_SELECTED, filtered,
                               -1);
}
