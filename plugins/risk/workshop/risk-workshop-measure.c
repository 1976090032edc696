/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A measure proposed in the middle of a workshop, without leaving the projector: a popover
 * with the title, the responsible person (from the persons register) and a deadline, saved
 * by trygg_risk_propose_measure() as an action in the tracker. Enter in any field saves;
 * a deadline that is no day is said in words under the form and nothing is saved.
 */
#define G_LOG_DOMAIN "trygg-risk"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>

#include "risk-model.h"
#include "risk-workshop-measure.h"

struct _TryggRiskWorkshopMeasure
{
  GtkPopover     parent_instance;
  GtkWidget     *heading;
  GtkWidget     *title;
  GtkWidget     *responsible;
  GtkWidget     *deadline;
  GtkWidget     *message;
  GtkStringList *names;
  GArray        *person_ids;
  TryggDatabase *db;
  gint64         risk_id;
};

G_DEFINE_FINAL_TYPE (TryggRiskWorkshopMeasure, trygg_risk_workshop_measure, GTK_TYPE_POPOVER)

enum { ADDED, N_SIGNALS };
static guint signals[N_SIGNALS];

char *
trygg_risk_workshop_parse_date (const char *text)
{
  int y = 0, m = 0, d = 0;
  char end;

  if (text == NULL)
    return NULL;
  if (sscanf (text, "%4d-%2d-%2d%c", &y, &m, &d, &end) != 3 &&
      sscanf (text, "%2d.%2d.%4d%c", &d, &m, &y, &end) != 3)
    return NULL;
  if (y < 1900 || y > 9999 || !g_date_valid_dmy ((GDateDay) d, (GDateMonth) m, (GDateYear) y))
    return NULL;
  return g_strdup_printf ("%04d-%02d-%02d", y, m, d);
}

static void
load_persons (TryggRiskWorkshopMeasure *self)
{
  sqlite3_stmt *stmt = trygg_database_prepare_cached (self->db,
      "SELECT id, name FROM person ORDER BY name COLLATE NOCASE", NULL);
  gint64 none = 0;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->names));

  gtk_string_list_splice (self->names, 0, n, NULL);
  g_array_set_size (self->person_ids, 0);
  gtk_string_list_append (self->names, _("No one yet"));
  g_array_append_val (self->person_ids, none);
  while (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      gtk_string_list_append (self->names, (const char *) sqlite3_column_text (stmt, 1));
      g_array_append_val (self->person_ids, id);
    }
  if (stmt != NULL)
    sqlite3_reset (stmt);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (self->responsible), 0);
}

static void
show_message (TryggRiskWorkshopMeasure *self,
              const char               *message)
{
  gtk_label_set_text (GTK_LABEL (self->message), message != NULL ? message : "");
  gtk_widget_set_visible (self->message, message != NULL);
}

gboolean
trygg_risk_workshop_measure_submit (TryggRiskWorkshopMeasure *self)
{
  g_autofree char *title = NULL;
  g_autofree char *due = NULL;
  g_autoptr(GError) error = NULL;
  const char *deadline;
  guint chosen;
  gint64 person = 0;

  g_return_val_if_fail (TRYGG_IS_RISK_WORKSHOP_MEASURE (self), FALSE);
  title = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->title))));
  deadline = gtk_editable_get_text (GTK_EDITABLE (self->deadline));
  if (*title == '\0')
    {
      show_message (self, _("Say what will be done."));
      gtk_widget_grab_focus (self->title);
      return FALSE;
    }
  if (*deadline != '\0' && (due = trygg_risk_workshop_parse_date (deadline)) == NULL)
    {
      show_message (self, _("Write the deadline as a date, for example 2025-09-30."));
      gtk_widget_grab_focus (self->deadline);
      return FALSE;
    }
  chosen = gtk_drop_down_get_selected (GTK_DROP_DOWN (self->responsible));
  if (chosen != GTK_INVALID_LIST_POSITION && chosen < self->person_ids->len)
    person = g_array_index (self->person_ids, gint64, chosen);
  if (!trygg_risk_propose_measure (self->db, self->risk_id, title, NULL, person, due, NULL,
                                   NULL, &error))
    {
      show_message (self, error->message);
      trygg_toast_error (GTK_WIDGET (self), error->message);
      return FALSE;
    }
  show_message (self, NULL);
  gtk_editable_set_text (GTK_EDITABLE (self->title), "");
  gtk_editable_set_text (GTK_EDITABLE (self->deadline), "");
  g_signal_emit (self, signals[ADDED], 0);
  return TRUE;
}

static void
on_activate (TryggRiskWorkshopMeasure *self)
{
  trygg_risk_workshop_measure_submit (self);
}

static void
trygg_risk_workshop_measure_dispose (GObject *object)
{
  TryggRiskWorkshopMeasure *self = TRYGG_RISK_WORKSHOP_MEASURE (object);

  g_clear_object (&self->db);
  g_clear_object (&self->names);
  g_clear_pointer (&self->person_ids, g_array_unref);
  G_OBJECT_CLASS (trygg_risk_workshop_measure_parent_class)->dispose (object);
}

static void
trygg_risk_workshop_measure_class_init (TryggRiskWorkshopMeasureClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = trygg_risk_workshop_measure_dispose;
  signals[ADDED] = g_signal_new ("added", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                 NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static GtkWidget *
field_label (const char *mnemonic,
             GtkWidget  *field)
{
  GtkWidget *label = gtk_label_new_with_mnemonic (mnemonic);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), field);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (field), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                  label, NULL, -1);
  return label;
}

static void
trygg_risk_workshop_measure_init (TryggRiskWorkshopMeasure *self)
{
  GtkWidget *grid = gtk_grid_new ();
  GtkWidget *add = gtk_button_new_with_mnemonic (_("_Add Measure"));

  self->names = gtk_string_list_new (NULL);
  self->person_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gtk_widget_add_css_class (GTK_WIDGET (self), "workshop-measure");
  gtk_grid_set_row_spacing (GTK_GRID (grid), 10);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 16);
  gtk_widget_set_margin_start (grid, 12);
  gtk_widget_set_margin_end (grid, 12);
  gtk_widget_set_margin_top (grid, 12);
  gtk_widget_set_margin_bottom (grid, 12);

  self->heading = gtk_label_new (NULL);
  gtk_widget_add_css_class (self->heading, "workshop-heading");
  gtk_label_set_xalign (GTK_LABEL (self->heading), 0);
  gtk_grid_attach (GTK_GRID (grid), self->heading, 0, 0, 2, 1);

  self->title = gtk_entry_new ();
  gtk_entry_set_placeholder_text (GTK_ENTRY (self->title), _("What will be done"));
  gtk_widget_set_size_request (self->title, 480, -1);
  gtk_grid_attach (GTK_GRID (grid), field_label (_("_Measure"), self->title), 0, 1, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), self->title, 1, 1, 1, 1);

  self->responsible = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (self->names)), NULL);
  gtk_grid_attach (GTK_GRID (grid), field_label (_("_Responsible"), self->responsible),
                   0, 2, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), self->responsible, 1, 2, 1, 1);

  self->deadline = gtk_entry_new ();
  /* Translators: the placeholder of the deadline field: how to write a date */
  gtk_entry_set_placeholder_text (GTK_ENTRY (self->deadline), _("YYYY-MM-DD"));
  gtk_grid_attach (GTK_GRID (grid), field_label (_("_Deadline"), self->deadline), 0, 3, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), self->deadline, 1, 3, 1, 1);

  self->message = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->message), TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->message), 0);
  gtk_widget_add_css_class (self->message, "error");
  gtk_widget_set_visible (self->message, FALSE);
  gtk_grid_attach (GTK_GRID (grid), self->message, 0, 4, 2, 1);

  gtk_widget_add_css_class (add, "suggested-action");
  gtk_widget_set_halign (add, GTK_ALIGN_END);
  gtk_grid_attach (GTK_GRID (grid), add, 0, 5, 2, 1);

  g_signal_connect_swapped (self->title, "activate", G_CALLBACK (on_activate), self);
  g_signal_connect_swapped (self->deadline, "activate", G_CALLBACK (on_activate), self);
  g_signal_connect_swapped (add, "clicked", G_CALLBACK (on_activate), self);
  gtk_popover_set_child (GTK_POPOVER (self), grid);
  gtk_popover_set_default_widget (GTK_POPOVER (self), add);
}

GtkWidget *
trygg_risk_workshop_measure_new (TryggDatabase *db)
{
  TryggRiskWorkshopMeasure *self = g_object_new (TRYGG_TYPE_RISK_WORKSHOP_MEASURE, NULL);

  self->db = g_object_ref (db);
  return GTK_WIDGET (self);
}

void
trygg_risk_workshop_measure_set_risk (TryggRiskWorkshopMeasure *self,
                                      gint64                    risk_id,
                                      int                       number)
{
  g_autofree char *heading = NULL;

  g_return_if_fail (TRYGG_IS_RISK_WORKSHOP_MEASURE (self));
  if (self->risk_id != risk_id)
    {
      gtk_editable_set_text (GTK_EDITABLE (self->title), "");
      gtk_editable_set_text (GTK_EDITABLE (self->deadline), "");
    }
  self->risk_id = risk_id;
  /* Translators: the heading of the workshop's measure form; %d is the risk's number */
  heading = g_strdup_printf (_("Measure against risk %d"), number);
  gtk_label_set_text (GTK_LABEL (self->heading), heading);
  show_message (self, NULL);
  load_persons (self);
}

GtkWidget *
trygg_risk_workshop_measure_get_title_entry (TryggRiskWorkshopMeasure *self)
{
  return self->title;
}

GtkWidget *
trygg_risk_workshop_measure_get_responsible (TryggRiskWorkshopMeasure *self)
{
  return self->responsible;
}

GtkWidget *
trygg_risk_workshop_measure_get_deadline (TryggRiskWorkshopMeasure *self)
{
  return self->deadline;
}
