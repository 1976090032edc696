/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * TryggRiskResizeDialog: changing the size of a matrix that has risks on it. It asks how the
 * risks move — proportionally (a level keeps its place between the lowest and the highest)
 * or keeping their numbers (levels above the new size go to the top) — and says for each
 * choice how many of the risks would move. "Change Size" resizes through
 * trygg_risk_resize_matrix(), which never loses a risk; the dialog emits "resized" with the
 * number of risks that moved, or "failed" with the error in words.
 */
#define G_LOG_DOMAIN "trygg-risk"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "risk-resize-dialog.h"

struct _TryggRiskResizeDialog
{
  AdwMessageDialog  parent_instance;

  GtkWidget        *proportional;
  GtkWidget        *clamp;
  char             *summaries[2];

  TryggDatabase    *db;
  gint64            analysis_id;
  int               probability_levels;
  int               consequence_levels;
};

G_DEFINE_FINAL_TYPE (TryggRiskResizeDialog, trygg_risk_resize_dialog, ADW_TYPE_MESSAGE_DIALOG)

enum { RESIZED, FAILED, N_SIGNALS };
static guint signals[N_SIGNALS];

void
trygg_risk_resize_dialog_set_mapping (TryggRiskResizeDialog *self,
                                      TryggRiskMapping       mapping)
{
  gtk_check_button_set_active (GTK_CHECK_BUTTON (mapping == TRYGG_RISK_MAP_CLAMP
                                                 ? self->clamp : self->proportional), TRUE);
}

/* Returns: (transfer none): what the choice says, with how many risks it moves */
const char *
trygg_risk_resize_dialog_get_summary (TryggRiskResizeDialog *self,
                                      TryggRiskMapping       mapping)
{
  return self->summaries[mapping == TRYGG_RISK_MAP_CLAMP];
}

/**
 * trygg_risk_resize_dialog_apply:
 * @n_moved: (out) (optional): how many risks moved
 *
 * Resizes the matrix by the chosen mapping, in one transaction.
 */
gboolean
trygg_risk_resize_dialog_apply (TryggRiskResizeDialog  *self,
                                int                    *n_moved,
                                GError                **error)
{
  TryggRiskMapping mapping = gtk_check_button_get_active (GTK_CHECK_BUTTON (self->clamp))
                             ? TRYGG_RISK_MAP_CLAMP : TRYGG_RISK_MAP_PROPORTIONAL;
  g_autoptr(GArray) moves = NULL;
  int moved = 0;

  if (!trygg_risk_resize_matrix (self->db, self->analysis_id, self->probability_levels,
                                 self->consequence_levels, mapping, &moves, error))
    return FALSE;
  for (guint i = 0; i < moves->len; i++)
    {
      TryggRiskMove *move = &g_array_index (moves, TryggRiskMove, i);
      if (memcmp (&move->before, &move->after, sizeof move->before) != 0)
        moved++;
    }
  if (n_moved != NULL)
    *n_moved = moved;
  return TRUE;
}

static void
on_response (TryggRiskResizeDialog *self,
             const char            *response)
{
  g_autoptr(GError) error = NULL;
  int moved = 0;

  if (!g_str_equal (response, "resize"))
    return;
  if (!trygg_risk_resize_dialog_apply (self, &moved, &error))
    {
      g_signal_emit (self, signals[FAILED], 0, error->message);
      return;
    }
  g_signal_emit (self, signals[RESIZED], 0, moved);
}

static void
trygg_risk_resize_dialog_finalize (GObject *object)
{
  TryggRiskResizeDialog *self = TRYGG_RISK_RESIZE_DIALOG (object);

  g_free (self->summaries[0]);
  g_free (self->summaries[1]);
  g_clear_object (&self->db);
  G_OBJECT_CLASS (trygg_risk_resize_dialog_parent_class)->finalize (object);
}

static void
trygg_risk_resize_dialog_class_init (TryggRiskResizeDialogClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = trygg_risk_resize_dialog_finalize;

  /**
   * TryggRiskResizeDialog::resized:
   * @n_moved: how many risks moved
   */
  signals[RESIZED] = g_signal_new ("resized", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT);
  /**
   * TryggRiskResizeDialog::failed:
   * @message: what went wrong, in words; nothing was changed
   */
  signals[FAILED] = g_signal_new ("failed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                  NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
trygg_risk_resize_dialog_init (TryggRiskResizeDialog *self)
{
}

static GtkWidget *
make_choice (const char *title,
             const char *summary)
{
  GtkWidget *check = gtk_check_button_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *heading = gtk_label_new (title);
  GtkWidget *text = gtk_label_new (summary);

  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_widget_add_css_class (heading, "heading");
  gtk_label_set_xalign (GTK_LABEL (text), 0);
  gtk_label_set_wrap (GTK_LABEL (text), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (text), 46);
  gtk_widget_add_css_class (text, "dim-label");
  gtk_box_append (GTK_BOX (box), heading);
  gtk_box_append (GTK_BOX (box), text);
  gtk_check_button_set_child (GTK_CHECK_BUTTON (check), box);
  return check;
}

static char *
summary (TryggRiskResizeDialog *self,
         TryggRiskMapping       mapping,
         const char            *rule)
{
  int n = 0;
  int moved = trygg_risk_count_moves (self->db, self->analysis_id, self->probability_levels,
                                      self->consequence_levels, mapping, &n);
  /* Translators: how many risks a choice moves, of how many */
  g_autofree char *count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                         "%d of %d risks moves.",
                                                         "%d of %d risks move.", moved),
                                            MAX (moved, 0), n);

  return g_strconcat (rule, " ", count, NULL);
}

GtkWidget *
trygg_risk_resize_dialog_new (GtkWindow     *parent,
                              TryggDatabase *db,
                              gint64         analysis_id,
                              int            probability_levels,
                              int            consequence_levels)
{
  TryggRiskResizeDialog *self = g_object_new (TRYGG_TYPE_RISK_RESIZE_DIALOG,
                                              "transient-for", parent, "modal", TRUE, NULL);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  g_autofree char *heading = NULL;
  int n = 0;

  self->db = g_object_ref (db);
  self->analysis_id = analysis_id;
  self->probability_levels = probability_levels;
  self->consequence_levels = consequence_levels;
  trygg_risk_count_moves (db, analysis_id, probability_levels, consequence_levels,
                          TRYGG_RISK_MAP_CLAMP, &n);

  /* Translators: the new size of the matrix: probability levels × consequence levels */
  heading = g_strdup_printf (_("Change the Matrix to %d × %d?"), probability_levels,
                             consequence_levels);
  adw_message_dialog_set_heading (ADW_MESSAGE_DIALOG (self), heading);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (self),
      g_dngettext (GETTEXT_PACKAGE,
                   "The analysis has %d risk. Choose how it moves to the new levels. No risk "
                   "is lost, and the change log keeps where each one was.",
                   "The analysis has %d risks. Choose how they move to the new levels. No risk "
                   "is lost, and the change log keeps where each one was.", n), n);

  self->summaries[0] = summary (self, TRYGG_RISK_MAP_PROPORTIONAL,
                                _("A level keeps its place between the lowest and the highest: "
                                  "the top stays the top."));
  self->summaries[1] = summary (self, TRYGG_RISK_MAP_CLAMP,
                                _("A level keeps its number; levels above the new size go to "
                                  "the top."));
  self->proportional = make_choice (_("Proportionally"), self->summaries[0]);
  self->clamp = make_choice (_("Keep the numbers"), self->summaries[1]);
  gtk_check_button_set_group (GTK_CHECK_BUTTON (self->clamp),
                              GTK_CHECK_BUTTON (self->proportional));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (self->proportional), TRUE);
  gtk_box_append (GTK_BOX (box), self->proportional);
  gtk_box_append (GTK_BOX (box), self->clamp);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (self), box);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (self),
                                    "cancel", _("_Cancel"),
                                    "resize", _("C_hange Size"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (self), "resize",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (self), "resize");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (self), "cancel");
  g_signal_connect (self, "response", G_CALLBACK (on_response), NULL);
  return GTK_WIDGET (self);
}
