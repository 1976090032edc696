/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The workshop window's properties (view, high contrast), actions and keys. Every key is
 * also a button or shown in the help line at the bottom. The one-letter keys (I, R, B, H)
 * act when the keyboard is on the matrix or the list; while typing in the quick entry the
 * buttons' Alt mnemonics do the same.
 */
#define G_LOG_DOMAIN "trygg-risk"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "risk-workshop-private.h"

void
trygg_risk_workshop_set_view (TryggRiskWorkshop *self,
                              const char        *view)
{
  TryggRiskHeatmapView v = trygg_risk_workshop_view_of (view);
  const char *names[] = { "initial", "residual", "both" };

  if (g_strcmp0 (self->view, names[v]) == 0)
    return;
  g_free (self->view);
  self->view = g_strdup (names[v]);
  if (self->heatmap != NULL)
    {
      trygg_risk_heatmap_set_view (TRYGG_RISK_HEATMAP (self->heatmap), v);
      trygg_risk_workshop_list_set_view (TRYGG_RISK_WORKSHOP_LIST (self->list), (int) v);
      trygg_risk_workshop_update_status (self);
    }
  g_object_notify (G_OBJECT (self), "view");
}

void
trygg_risk_workshop_set_high_contrast (TryggRiskWorkshop *self,
                                       gboolean           high_contrast)
{
  high_contrast = !!high_contrast;
  if (self->high_contrast == high_contrast)
    return;
  self->high_contrast = high_contrast;
  if (high_contrast)
    gtk_widget_add_css_class (GTK_WIDGET (self), "high-contrast");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "high-contrast");
  if (self->heatmap != NULL)
    trygg_risk_heatmap_set_high_contrast (TRYGG_RISK_HEATMAP (self->heatmap), high_contrast);
  g_object_notify (G_OBJECT (self), "high-contrast");
}

void
trygg_risk_workshop_set_zoom (TryggRiskWorkshop *self,
                              int                zoom)
{
  g_autofree char *old = g_strdup_printf ("zoom-%d", self->zoom);
  g_autofree char *new = NULL;

  self->zoom = CLAMP (zoom, 0, TRYGG_RISK_WORKSHOP_N_ZOOM - 1);
  new = g_strdup_printf ("zoom-%d", self->zoom);
  gtk_widget_remove_css_class (GTK_WIDGET (self), old);
  gtk_widget_add_css_class (GTK_WIDGET (self), new);
}

void
trygg_risk_workshop_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  TryggRiskWorkshop *self = TRYGG_RISK_WORKSHOP (object);

  switch (prop_id)
    {
    case PROP_VIEW:
      g_value_set_string (value, self->view);
      break;
    case PROP_HIGH_CONTRAST:
      g_value_set_boolean (value, self->high_contrast);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

void
trygg_risk_workshop_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  TryggRiskWorkshop *self = TRYGG_RISK_WORKSHOP (object);

  switch (prop_id)
    {
    case PROP_VIEW:
      trygg_risk_workshop_set_view (self, g_value_get_string (value));
      break;
    case PROP_HIGH_CONTRAST:
      trygg_risk_workshop_set_high_contrast (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* The keys, in a line at the bottom: what the coordinator may need to remember; on a small
 * screen only those used all the time (the others are in the buttons' tooltips). */
void
trygg_risk_workshop_fill_help (TryggRiskWorkshop *self,
                               gboolean           brief)
{
  const struct { const char *key; const char *what; gboolean always; } keys[] = {
    /* Translators: the key names and what they do, in the help line of the workshop. The
     * keys stay the same in every language: keep the letters I R B and H. */
    { N_("Enter"), N_("add the risk"), TRUE },
    { N_("Ctrl+Enter"), N_("add and move it"), TRUE },
    { N_("Ctrl+M"), N_("add a measure"), TRUE },
    { N_("I R B"), N_("initial, residual, both"), TRUE },
    { N_("H"), N_("high contrast"), FALSE },
    { N_("Ctrl+plus/minus"), N_("text size"), FALSE },
    { N_("F11"), N_("full screen"), FALSE },
    { N_("Esc"), N_("leave"), TRUE },
  };
  g_autoptr(GString) markup = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      g_autofree char *part = NULL;
      g_auto(GStrv) words = NULL;
      g_autofree char *kept = NULL;

      if (brief && !keys[i].always)
        continue;
      part = g_markup_printf_escaped ("<b>%s</b> %s", _(keys[i].key), _(keys[i].what));
      words = g_strsplit (part, " ", -1);
      kept = g_strjoinv ("\xc2\xa0", words);  /* lines break between keys */
      if (markup->len > 0)
        g_string_append (markup, "    ");
      g_string_append (markup, kept);
    }
  gtk_label_set_markup (GTK_LABEL (self->help_label), markup->str);
}

static void
leave_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (widget));

  if (parent != NULL)
    g_object_ref (parent);
  gtk_window_unfullscreen (GTK_WINDOW (widget));
  gtk_window_close (GTK_WINDOW (widget));
  if (parent != NULL)
    {
      gtk_window_present (parent);  /* the keyboard goes back to the page */
      g_object_unref (parent);
    }
}

static void
fullscreen_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  if (gtk_window_is_fullscreen (GTK_WINDOW (widget)))
    gtk_window_unfullscreen (GTK_WINDOW (widget));
  else
    gtk_window_fullscreen (GTK_WINDOW (widget));
}

static void
zoom_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  TryggRiskWorkshop *self = TRYGG_RISK_WORKSHOP (widget);

  if (g_str_equal (action_name, "workshop.zoom-in"))
    trygg_risk_workshop_set_zoom (self, self->zoom + 1);
  else if (g_str_equal (action_name, "workshop.zoom-out"))
    trygg_risk_workshop_set_zoom (self, self->zoom - 1);
  else
    trygg_risk_workshop_set_zoom (self, TRYGG_RISK_WORKSHOP_DEFAULT_ZOOM);
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  trygg_risk_workshop_quick_add (TRYGG_RISK_WORKSHOP (widget), FALSE);
}

static void
measure_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  TryggRiskWorkshop *self = TRYGG_RISK_WORKSHOP (widget);

  if (gtk_widget_get_sensitive (self->measure_button))
    gtk_menu_button_popup (GTK_MENU_BUTTON (self->measure_button));
  else
    gtk_widget_error_bell (widget);
}

static void
show_all_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  TryggRiskWorkshop *self = TRYGG_RISK_WORKSHOP (widget);

  trygg_risk_heatmap_clear_filter (TRYGG_RISK_HEATMAP (self->heatmap));
  trygg_risk_workshop_list_set_cell (TRYGG_RISK_WORKSHOP_LIST (self->list), 0, 0);
}

static void
focus_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  TryggRiskWorkshop *self = TRYGG_RISK_WORKSHOP (widget);

  gtk_widget_grab_focus (g_str_equal (action_name, "workshop.focus-matrix") ? self->heatmap
                                                                           : self->quick_entry);
}

void
trygg_risk_workshop_class_add_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_property_action (widget_class, "workshop.view", "view");
  gtk_widget_class_install_property_action (widget_class, "workshop.high-contrast",
                                            "high-contrast");
  gtk_widget_class_install_action (widget_class, "workshop.leave", NULL, leave_action);
  gtk_widget_class_install_action (widget_class, "workshop.fullscreen", NULL,
                                   fullscreen_action);
  gtk_widget_class_install_action (widget_class, "workshop.zoom-in", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "workshop.zoom-out", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "workshop.zoom-reset", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "workshop.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "workshop.measure", NULL, measure_action);
  gtk_widget_class_install_action (widget_class, "workshop.show-all", NULL, show_all_action);
  gtk_widget_class_install_action (widget_class, "workshop.focus-entry", NULL, focus_action);
  gtk_widget_class_install_action (widget_class, "workshop.focus-matrix", NULL, focus_action);

#define BIND(key, mods, ...) \
  gtk_widget_class_add_binding_action (widget_class, key, mods, __VA_ARGS__)
  BIND (GDK_KEY_Escape, 0, "workshop.leave", NULL);
  BIND (GDK_KEY_F11, 0, "workshop.fullscreen", NULL);
  BIND (GDK_KEY_i, 0, "workshop.view", "s", "initial");
  BIND (GDK_KEY_r, 0, "workshop.view", "s", "residual");
  BIND (GDK_KEY_b, 0, "workshop.view", "s", "both");
  BIND (GDK_KEY_h, 0, "workshop.high-contrast", NULL);
  BIND (GDK_KEY_plus, GDK_CONTROL_MASK, "workshop.zoom-in", NULL);
  BIND (GDK_KEY_equal, GDK_CONTROL_MASK, "workshop.zoom-in", NULL);
  BIND (GDK_KEY_KP_Add, GDK_CONTROL_MASK, "workshop.zoom-in", NULL);
  BIND (GDK_KEY_minus, GDK_CONTROL_MASK, "workshop.zoom-out", NULL);
  BIND (GDK_KEY_KP_Subtract, GDK_CONTROL_MASK, "workshop.zoom-out", NULL);
  BIND (GDK_KEY_0, GDK_CONTROL_MASK, "workshop.zoom-reset", NULL);
  BIND (GDK_KEY_m, GDK_CONTROL_MASK, "workshop.measure", NULL);
  BIND (GDK_KEY_n, GDK_CONTROL_MASK, "workshop.focus-entry", NULL);
  BIND (GDK_KEY_l, GDK_CONTROL_MASK, "workshop.focus-entry", NULL);
#undef BIND
}
