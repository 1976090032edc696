/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A risk in the workshop's list, readable from the back of the room: a big number (the same
 * number as its chip on the heatmap), the undesired event, the band as a colour swatch *and*
 * its name with the value, and each measure on a line of its own with its responsible
 * person and deadline, a late one marked with an icon and the word.
 */
#define G_LOG_DOMAIN "trygg-risk"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "risk-workshop-row.h"

struct _TryggRiskWorkshopRow
{
  GtkWidget  parent_instance;
  GtkWidget *number;
  GtkWidget *content;
  GtkWidget *event;
  GtkWidget *bands;
  GtkWidget *measures;
  char      *summary;
};

G_DEFINE_FINAL_TYPE (TryggRiskWorkshopRow, trygg_risk_workshop_row, GTK_TYPE_WIDGET)

static void
trygg_risk_workshop_row_dispose (GObject *object)
{
  TryggRiskWorkshopRow *self = TRYGG_RISK_WORKSHOP_ROW (object);

  g_clear_pointer (&self->number, gtk_widget_unparent);
  g_clear_pointer (&self->content, gtk_widget_unparent);
  g_clear_pointer (&self->summary, g_free);
  G_OBJECT_CLASS (trygg_risk_workshop_row_parent_class)->dispose (object);
}

static void
trygg_risk_workshop_row_class_init (TryggRiskWorkshopRowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = trygg_risk_workshop_row_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "workshoprow");
}

static GtkWidget *
wrapping_label (const char *css_class)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_hexpand (label, TRUE);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

static void
trygg_risk_workshop_row_init (TryggRiskWorkshopRow *self)
{
  GtkLayoutManager *layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));

  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (layout), 16);
  self->number = gtk_label_new (NULL);
  gtk_widget_add_css_class (self->number, "risk-number");
  gtk_widget_add_css_class (self->number, "numeric");
  gtk_widget_set_valign (self->number, GTK_ALIGN_START);
  gtk_widget_set_parent (self->number, GTK_WIDGET (self));

  self->content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  gtk_widget_set_hexpand (self->content, TRUE);
  gtk_widget_set_parent (self->content, GTK_WIDGET (self));
  self->event = wrapping_label ("risk-event");
  gtk_box_append (GTK_BOX (self->content), self->event);
  self->bands = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  gtk_box_append (GTK_BOX (self->content), self->bands);
  self->measures = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  gtk_box_append (GTK_BOX (self->content), self->measures);
}

GtkWidget *
trygg_risk_workshop_row_new (void)
{
  return g_object_new (TRYGG_TYPE_RISK_WORKSHOP_ROW, NULL);
}

char *
trygg_risk_workshop_band_text (const TryggRiskBand *band,
                               int                  value)
{
  if (band == NULL && value <= 0)
    return g_strdup (_("Not assessed"));
  /* Translators: a risk's band and value, e.g. "High · 12" */
  return g_strdup_printf (_("%s · %d"), band != NULL ? band->name : "", value);
}

static void
clear_box (GtkWidget *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (box)) != NULL)
    gtk_box_remove (GTK_BOX (box), child);
}

/* a swatch in the band's colour and the band's name with the value */
static void
add_band (TryggRiskWorkshopRow  *self,
          TryggRiskWorkshopItem *item,
          gboolean               residual,
          gboolean               arrow,
          GString               *summary)
{
  const TryggRiskBand *band = trygg_risk_workshop_item_get_band (item, residual);
  int value = residual && !trygg_risk_workshop_item_has_residual (item)
              ? 0 : trygg_risk_workshop_item_get_value (item, residual);
  g_autofree char *text = trygg_risk_workshop_band_text (band, value);
  GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 10);
  GtkWidget *swatch = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_add_css_class (swatch, "risk-swatch");
  if (band != NULL && value > 0)
    {
      g_autofree char *colour = g_strconcat ("band-", band->colour, NULL);
      gtk_widget_add_css_class (swatch, colour);
    }
  else
    gtk_widget_add_css_class (swatch, "band-none");
  gtk_widget_set_valign (swatch, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (label, "risk-band");
  if (arrow)
    {
      /* the residual risk on a line of its own, after an arrow */
      GtkWidget *icon = gtk_image_new_from_icon_name ("go-next-symbolic");

      gtk_widget_set_tooltip_text (icon, _("Residual risk"));
      gtk_box_append (GTK_BOX (line), icon);
      g_string_append_printf (summary, " %s:", _("Residual risk"));
    }
  gtk_box_append (GTK_BOX (line), swatch);
  gtk_box_append (GTK_BOX (line), label);
  gtk_box_append (GTK_BOX (self->bands), line);
  g_string_append_printf (summary, " %s.", text);
}

static char *
format_due (const char *due)
{
  int y, m, d;
  g_autoptr(GDateTime) dt = NULL;

  if (due == NULL || sscanf (due, "%d-%d-%d", &y, &m, &d) != 3 ||
      (dt = g_date_time_new_local (y, m, d, 0, 0, 0)) == NULL)
    return g_strdup (due != NULL ? due : "");
  return g_date_time_format (dt, "%x");
}

static void
add_measure (TryggRiskWorkshopRow       *self,
             const TryggRiskMeasureLine *line,
             GString                    *summary)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  g_autoptr(GString) text = g_string_new (line->title);
  const char *icon_name = "go-next-symbolic";
  GtkWidget *icon, *label;

  if (*line->responsible != '\0')
    g_string_append_printf (text, " · %s", line->responsible);
  if (*line->due != '\0')
    {
      g_autofree char *due = format_due (line->due);
      g_string_append_printf (text, " · %s", due);
    }
  if (g_str_equal (line->status, "done"))
    {
      icon_name = "emblem-ok-symbolic";
      /* Translators: after a measure in the workshop list */
      g_string_append_printf (text, " · %s", _("done"));
    }
  else if (line->overdue)
    {
      icon_name = "task-past-due-symbolic";
      /* Translators: after a measure in the workshop list */
      g_string_append_printf (text, " · %s", _("overdue"));
    }
  icon = gtk_image_new_from_icon_name (icon_name);
  gtk_widget_set_valign (icon, GTK_ALIGN_START);
  gtk_widget_add_css_class (icon, "measure-icon");
  label = wrapping_label ("risk-measure");
  gtk_label_set_text (GTK_LABEL (label), text->str);
  if (line->overdue)
    {
      gtk_widget_add_css_class (label, "overdue");
      gtk_widget_add_css_class (icon, "overdue");
    }
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (self->measures), box);
  g_string_append_printf (summary, " %s.", text->str);
}

void
trygg_risk_workshop_row_bind (TryggRiskWorkshopRow  *self,
                              TryggRiskWorkshopItem *item,
                              int                    view)
{
  g_autofree char *number = NULL;
  g_autoptr(GString) summary = g_string_new (NULL);
  GPtrArray *measures;
  const char *event;

  g_return_if_fail (TRYGG_IS_RISK_WORKSHOP_ROW (self));
  clear_box (self->bands);
  clear_box (self->measures);
  g_clear_pointer (&self->summary, g_free);
  if (item == NULL)
    return;

  number = g_strdup_printf ("%d", trygg_risk_workshop_item_get_number (item));
  gtk_label_set_text (GTK_LABEL (self->number), number);
  event = trygg_risk_workshop_item_get_event (item);
  if (*event == '\0')
    event = _("(no event described)");
  gtk_label_set_text (GTK_LABEL (self->event), event);
  /* Translators: the start of what a screen reader says about a risk: its number and event */
  g_string_append_printf (summary, _("Risk %s: %s."), number, event);

  if (view != 1)
    add_band (self, item, FALSE, FALSE, summary);
  if (view != 0)
    add_band (self, item, TRUE, view == 2, summary);

  measures = trygg_risk_workshop_item_get_measures (item);
  for (guint i = 0; i < measures->len; i++)
    add_measure (self, g_ptr_array_index (measures, i), summary);
  gtk_widget_set_visible (self->measures, measures->len > 0);

  self->summary = g_string_free (g_steal_pointer (&summary), FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  self->summary, -1);
}

const char *
trygg_risk_workshop_row_get_summary (TryggRiskWorkshopRow *self)
{
  g_return_val_if_fail (TRYGG_IS_RISK_WORKSHOP_ROW (self), NULL);
  return self->summary;
}
