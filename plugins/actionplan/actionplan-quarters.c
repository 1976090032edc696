/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * TryggActionplanQuarters: the quarters of an activity as four linked toggle buttons, Q1 to
 * Q4, each with an accessible name ("Quarter 1"). At least one stays pressed: releasing the
 * last one is refused and the ::refused signal lets the pane say why. ::changed is emitted
 * for the user's changes only, not for trygg_actionplan_quarters_set_quarters().
 */
#define G_LOG_DOMAIN "trygg-actionplan"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "actionplan-model.h"
#include "actionplan-quarters.h"

struct _TryggActionplanQuarters
{
  GtkWidget        parent_instance;
  GtkToggleButton *buttons[4];
  gboolean         setting;
};

G_DEFINE_FINAL_TYPE (TryggActionplanQuarters, trygg_actionplan_quarters, GTK_TYPE_WIDGET)

enum { CHANGED, REFUSED, N_SIGNALS };
static guint signals[N_SIGNALS];

guint
trygg_actionplan_quarters_get_quarters (TryggActionplanQuarters *self)
{
  guint quarters = 0;

  for (guint q = 0; q < 4; q++)
    if (gtk_toggle_button_get_active (self->buttons[q]))
      quarters |= 1u << q;
  return quarters;
}

void
trygg_actionplan_quarters_set_quarters (TryggActionplanQuarters *self,
                                        guint                    quarters)
{
  self->setting = TRUE;
  for (guint q = 0; q < 4; q++)
    gtk_toggle_button_set_active (self->buttons[q], (quarters & (1u << q)) != 0);
  self->setting = FALSE;
}

static void
on_toggled (GtkToggleButton         *button,
            TryggActionplanQuarters *self)
{
  guint quarters;

  if (self->setting)
    return;
  quarters = trygg_actionplan_quarters_get_quarters (self);
  if (quarters == 0)
    {
      self->setting = TRUE;
      gtk_toggle_button_set_active (button, TRUE);
      self->setting = FALSE;
      gtk_widget_error_bell (GTK_WIDGET (self));
      g_signal_emit (self, signals[REFUSED], 0);
      return;
    }
  g_signal_emit (self, signals[CHANGED], 0, quarters);
}

static void
trygg_actionplan_quarters_dispose (GObject *object)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);
  G_OBJECT_CLASS (trygg_actionplan_quarters_parent_class)->dispose (object);
}

static void
trygg_actionplan_quarters_class_init (TryggActionplanQuartersClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = trygg_actionplan_quarters_dispose;
  /* ::changed (guint quarters): the user pressed or released a quarter */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_UINT);
  /* ::refused: the user tried to release the last quarter */
  signals[REFUSED] = g_signal_new ("refused", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 0);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
trygg_actionplan_quarters_init (TryggActionplanQuarters *self)
{
  gtk_widget_add_css_class (GTK_WIDGET (self), "linked");
  gtk_widget_set_valign (GTK_WIDGET (self), GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Quarters"), -1);
  for (guint q = 0; q < 4; q++)
    {
      g_autofree char *name = trygg_actionplan_quarter_name (q + 1);
      /* Translators: the accessible name of the toggle of a quarter, %u is 1 to 4 */
      g_autofree char *accessible = g_strdup_printf (_("Quarter %u"), q + 1);
      GtkWidget *button = gtk_toggle_button_new_with_label (name);

      gtk_widget_set_tooltip_text (button, accessible);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      accessible, -1);
      g_signal_connect (button, "toggled", G_CALLBACK (on_toggled), self);
      self->buttons[q] = GTK_TOGGLE_BUTTON (button);
      gtk_widget_set_parent (button, GTK_WIDGET (self));
    }
  trygg_actionplan_quarters_set_quarters (self, 1);
}

GtkWidget *
trygg_actionplan_quarters_new (void)
{
  return g_object_new (TRYGG_TYPE_ACTIONPLAN_QUARTERS, NULL);
}
