/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * TryggRiskDetail: the editor of one risk. Its texts, aspects breached, owner and status are a
 * TryggForm over a TryggRiskEntity (saved as you type, half a second after the last key);
 * the scores and the treatment are combo rows written at once through the model
 * (trygg_risk_score(), trygg_risk_set_treatment()), so that the form never writes old scores
 * back over a move on the heatmap. Below: the value and band of the initial and residual risk
 * with the band's acceptance rule, and the proposed measures.
 */
#define G_LOG_DOMAIN "trygg-risk"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "risk-detail.h"
#include "risk-entity.h"
#include "risk-measures-view.h"
#include "risk-page-util.h"

static const TryggChoice status_choices[] = {
  { "open", N_("Open") },
  { "in_treatment", N_("In treatment") },
  { "accepted", N_("Accepted") },
  { "closed", N_("Closed") },
  { NULL, NULL }
};

static const TryggField fields[] = {
  { "event", N_("Undesired event"), TRYGG_FIELD_TEXT },
  { "cause", N_("Cause or threat"), TRYGG_FIELD_MULTILINE },
  { "consequence-text", N_("Consequence"), TRYGG_FIELD_MULTILINE },
  { "breaches-confidentiality", N_("Breaches confidentiality"), TRYGG_FIELD_BOOLEAN },
  { "breaches-integrity", N_("Breaches integrity"), TRYGG_FIELD_BOOLEAN },
  { "breaches-availability", N_("Breaches availability"), TRYGG_FIELD_BOOLEAN },
  { "existing-measures", N_("Existing measures"), TRYGG_FIELD_MULTILINE },
  { "owner-id", N_("Risk owner"), TRYGG_FIELD_REFERENCE, NULL, trygg_person_get_type },
  { "status", N_("Status"), TRYGG_FIELD_CHOICE, status_choices },
  { NULL }
};

struct _TryggRiskDetail
{
  GtkWidget      parent_instance;

  GtkWidget     *scroller;
  GtkLabel      *heading;
  TryggForm     *form;
  AdwComboRow   *probability_row;
  AdwComboRow   *consequence_row;
  AdwActionRow  *initial_row;
  GtkWidget     *initial_band;
  AdwComboRow   *treatment_row;
  AdwComboRow   *residual_probability_row;
  AdwComboRow   *residual_consequence_row;
  AdwActionRow  *residual_row;
  GtkWidget     *residual_band;
  AdwActionRow  *acceptance_row;
  GtkWidget     *measures;

  TryggDatabase *db;
  gint64         analysis_id;
  TryggRiskItem *item;
  gulong         item_notify;
  gboolean       loading;
};

G_DEFINE_FINAL_TYPE (TryggRiskDetail, trygg_risk_detail, GTK_TYPE_WIDGET)

static void
show_error (TryggRiskDetail *self,
            const GError    *error)
{
  trygg_toast_error (GTK_WIDGET (self), error->message);
}

static void show_scores (TryggRiskDetail *self);

/* "1 · Very low" … for one axis; with "Not assessed" first for a residual one */
static GListModel *
level_model (TryggRiskDetail *self,
             const char      *axis,
             gboolean         residual)
{
  g_autoptr(GPtrArray) levels = trygg_risk_levels_list (self->db, self->analysis_id, axis, NULL);
  GtkStringList *list = gtk_string_list_new (NULL);

  if (residual)
    gtk_string_list_append (list, C_("residual risk", "Not assessed"));
  for (guint i = 0; levels != NULL && i < levels->len; i++)
    {
      TryggRiskLevel *level = g_ptr_array_index (levels, i);
      g_autofree char *text = *level->name != '\0'
        /* Translators: a level of the matrix and its name, e.g. "3 · High" */
        ? g_strdup_printf (_("%d · %s"), level->level, level->name)
        : g_strdup_printf ("%d", level->level);
      gtk_string_list_append (list, text);
    }
  return G_LIST_MODEL (list);
}

/* The combo rows' levels, after the matrix changed (its size or its level names). */
void
trygg_risk_detail_reload_levels (TryggRiskDetail *self)
{
  AdwComboRow *rows[] = { self->probability_row, self->consequence_row,
                          self->residual_probability_row, self->residual_consequence_row };
  const char *axes[] = { "probability", "consequence", "probability", "consequence" };
  gboolean was_loading = self->loading;

  if (self->analysis_id == 0)
    return;
  self->loading = TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_autoptr(GListModel) model = level_model (self, axes[i], i >= 2);
      adw_combo_row_set_model (rows[i], model);
    }
  self->loading = was_loading;
  show_scores (self);
}

static void
show_acceptance (TryggRiskDetail *self,
                 int              value)
{
  g_autoptr(TryggRiskMatrix) matrix = trygg_risk_matrix_load (self->db, self->analysis_id, NULL);
  const TryggRiskBand *band = matrix != NULL ? trygg_risk_matrix_band (matrix, value) : NULL;
  g_autofree char *limit = NULL;
  g_autofree char *text = NULL;

  if (band == NULL)
    {
      adw_action_row_set_subtitle (self->acceptance_row, "");
      return;
    }
  if (band->treat_within_days >= 0)
    limit = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "treat within %d day",
                                          "treat within %d days", band->treat_within_days),
                             band->treat_within_days);
  else
    limit = g_strdup (_("no time limit"));
  if (*band->inform != '\0')
    /* Translators: who may accept, the time limit, whom to inform */
    text = g_strdup_printf (_("Accepted by: %s · %s · inform: %s"), band->accept_by, limit,
                            band->inform);
  else
    /* Translators: who may accept, then the time limit */
    text = g_strdup_printf (_("Accepted by: %s · %s"), band->accept_by, limit);
  adw_action_row_set_subtitle (self->acceptance_row, text);
}

/* The scores, treatment, values and bands from the item (which follows the database). */
static void
show_scores (TryggRiskDetail *self)
{
  TryggRiskScores s;
  g_autofree char *treatment = NULL;
  g_autofree char *band = NULL, *colour = NULL, *rband = NULL, *rcolour = NULL;
  g_autofree char *heading = NULL;
  int value, residual;

  if (self->item == NULL)
    return;
  trygg_risk_item_get_scores (self->item, &s);
  g_object_get (self->item, "treatment", &treatment, "band-name", &band, "band-colour", &colour,
                "residual-band-name", &rband, "residual-band-colour", &rcolour,
                "value", &value, "residual-value", &residual, NULL);
  self->loading = TRUE;
  adw_combo_row_set_selected (self->probability_row, s.probability - 1);
  adw_combo_row_set_selected (self->consequence_row, s.consequence - 1);
  adw_combo_row_set_selected (self->residual_probability_row, s.residual_probability);
  adw_combo_row_set_selected (self->residual_consequence_row, s.residual_consequence);
  adw_combo_row_set_selected (self->treatment_row, 0);
  for (guint i = 0; trygg_risk_treatments[i] != NULL; i++)
    if (g_strcmp0 (trygg_risk_treatments[i], treatment) == 0)
      adw_combo_row_set_selected (self->treatment_row, i + 1);
  self->loading = FALSE;

  trygg_risk_band_label_set (self->initial_band, band, colour, value);
  trygg_risk_band_label_set (self->residual_band, rband, rcolour, residual);
  show_acceptance (self, residual > 0 ? residual : value);
  /* Translators: the heading of the risk editor; %d is the risk's number */
  heading = g_strdup_printf (_("Risk %d"), trygg_risk_item_get_number (self->item));
  gtk_label_set_text (self->heading, heading);
}

static void
on_item_notify (TryggRiskDetail *self)
{
  show_scores (self);
}

static void
on_score_selected (TryggRiskDetail *self)
{
  g_autoptr(GError) error = NULL;
  TryggRiskScores s;
  gint64 id;
  int p = (int) adw_combo_row_get_selected (self->probability_row) + 1;
  int c = (int) adw_combo_row_get_selected (self->consequence_row) + 1;
  int rp = (int) adw_combo_row_get_selected (self->residual_probability_row);
  int rc = (int) adw_combo_row_get_selected (self->residual_consequence_row);
  gboolean ok = TRUE;

  if (self->loading || self->item == NULL)
    return;
  id = trygg_risk_item_get_id (self->item);
  trygg_risk_item_get_scores (self->item, &s);
  if (p != s.probability || c != s.consequence)
    ok = trygg_risk_score (self->db, id, FALSE, p, c, &error);
  else if ((rp == 0) != (rc == 0) && (rp == 0 ? s.residual_probability : s.residual_consequence))
    /* one of an assessed pair set to "not assessed": the residual risk is not assessed */
    ok = trygg_risk_clear_residual (self->db, id, &error);
  else if (rp != s.residual_probability || rc != s.residual_consequence)
    /* the first residual score chosen: the other starts at the initial one */
    ok = trygg_risk_score (self->db, id, TRUE, rp > 0 ? rp : p, rc > 0 ? rc : c, &error);
  if (!ok)
    {
      show_error (self, error);
      show_scores (self);
    }
}

static void
on_treatment_selected (TryggRiskDetail *self)
{
  g_autoptr(GError) error = NULL;
  guint selected = adw_combo_row_get_selected (self->treatment_row);

  if (self->loading || self->item == NULL || selected == GTK_INVALID_LIST_POSITION)
    return;
  if (!trygg_risk_set_treatment (self->db, trygg_risk_item_get_id (self->item),
                                 selected == 0 ? NULL : trygg_risk_treatments[selected - 1],
                                 &error))
    {
      show_error (self, error);
      show_scores (self);
    }
}

/**
 * trygg_risk_detail_set_risk:
 * @item: (nullable): the risk, or %NULL for none
 *
 * Shows a risk, saving what was typed into the one shown before.
 */
void
trygg_risk_detail_set_risk (TryggRiskDetail *self,
                            gint64           analysis_id,
                            TryggRiskItem   *item)
{
  g_autoptr(TryggEntity) entity = NULL;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (TRYGG_IS_RISK_DETAIL (self));

  if (item == self->item && analysis_id == self->analysis_id)
    return;
  trygg_form_flush (self->form);
  if (self->item != NULL)
    g_clear_signal_handler (&self->item_notify, self->item);
  g_set_object (&self->item, item);
  if (analysis_id != self->analysis_id)
    {
      self->analysis_id = analysis_id;
      trygg_risk_detail_reload_levels (self);
    }
  if (item != NULL)
    {
      entity = trygg_entity_load (self->db, TRYGG_TYPE_RISK_ENTITY,
                                  trygg_risk_item_get_id (item), &error);
      if (entity == NULL)
        show_error (self, error);
      self->item_notify = g_signal_connect_swapped (item, "notify",
                                                    G_CALLBACK (on_item_notify), self);
    }
  trygg_form_set_entity (self->form, entity);
  trygg_risk_measures_view_set_risk (TRYGG_RISK_MEASURES_VIEW (self->measures),
                                     item != NULL ? trygg_risk_item_get_id (item) : 0);
  show_scores (self);
}

gboolean
trygg_risk_detail_flush (TryggRiskDetail *self)
{
  return trygg_form_flush (self->form);
}

void
trygg_risk_detail_focus_event (TryggRiskDetail *self)
{
  trygg_form_focus_first (self->form);
}

TryggForm *
trygg_risk_detail_get_form (TryggRiskDetail *self)
{
  return self->form;
}

static AdwComboRow *
add_combo (GtkWidget  *group,
           const char *title)
{
  GtkWidget *row = adw_combo_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  -1);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  return ADW_COMBO_ROW (row);
}

static AdwActionRow *
add_value_row (GtkWidget   *group,
               const char  *title,
               GtkWidget  **band)
{
  GtkWidget *row = adw_action_row_new ();

  *band = trygg_risk_band_label_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), *band);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  return ADW_ACTION_ROW (row);
}

static GtkWidget *
build_scores (TryggRiskDetail *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 24);
  GtkWidget *initial = adw_preferences_group_new ();
  GtkWidget *treatment = adw_preferences_group_new ();
  GtkStringList *treatments = gtk_string_list_new (NULL);

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (initial), _("Initial risk"));
  self->probability_row = add_combo (initial, _("Probability"));
  self->consequence_row = add_combo (initial, _("Consequence"));
  self->initial_row = add_value_row (initial, _("Value and band"), &self->initial_band);

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (treatment),
                                   _("Treatment and residual risk"));
  self->treatment_row = add_combo (treatment, _("Treatment"));
  gtk_string_list_append (treatments, C_("risk treatment", "Not decided"));
  for (guint i = 0; trygg_risk_treatments[i] != NULL; i++)
    gtk_string_list_append (treatments, trygg_risk_treatment_label (trygg_risk_treatments[i]));
  adw_combo_row_set_model (self->treatment_row, G_LIST_MODEL (treatments));
  g_object_unref (treatments);
  self->residual_probability_row = add_combo (treatment, _("Residual probability"));
  self->residual_consequence_row = add_combo (treatment, _("Residual consequence"));
  self->residual_row = add_value_row (treatment, _("Residual value and band"),
                                      &self->residual_band);
  self->acceptance_row = ADW_ACTION_ROW (adw_action_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->acceptance_row),
                                 _("Acceptance"));
  adw_action_row_add_prefix (self->acceptance_row,
                             gtk_image_new_from_icon_name ("emblem-ok-symbolic"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (treatment),
                             GTK_WIDGET (self->acceptance_row));

  g_signal_connect_swapped (self->probability_row, "notify::selected",
                            G_CALLBACK (on_score_selected), self);
  g_signal_connect_swapped (self->consequence_row, "notify::selected",
                            G_CALLBACK (on_score_selected), self);
  g_signal_connect_swapped (self->residual_probability_row, "notify::selected",
                            G_CALLBACK (on_score_selected), self);
  g_signal_connect_swapped (self->residual_consequence_row, "notify::selected",
                            G_CALLBACK (on_score_selected), self);
  g_signal_connect_swapped (self->treatment_row, "notify::selected",
                            G_CALLBACK (on_treatment_selected), self);
  gtk_box_append (GTK_BOX (box), initial);
  gtk_box_append (GTK_BOX (box), treatment);
  return box;
}

static void
trygg_risk_detail_dispose (GObject *object)
{
  TryggRiskDetail *self = TRYGG_RISK_DETAIL (object);

  if (self->form != NULL)
    trygg_form_flush (self->form);
  if (self->item != NULL)
    g_clear_signal_handler (&self->item_notify, self->item);
  g_clear_object (&self->item);
  g_clear_pointer (&self->scroller, gtk_widget_unparent);
  g_clear_object (&self->db);
  G_OBJECT_CLASS (trygg_risk_detail_parent_class)->dispose (object);
}

static void
trygg_risk_detail_class_init (TryggRiskDetailClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = trygg_risk_detail_dispose;
  gtk_widget_class_set_layout_manager_type (GTK_WIDGET_CLASS (klass), GTK_TYPE_BIN_LAYOUT);
}

static void
trygg_risk_detail_init (TryggRiskDetail *self)
{
}

GtkWidget *
trygg_risk_detail_new (TryggDatabase *db)
{
  TryggRiskDetail *self = g_object_new (TRYGG_TYPE_RISK_DETAIL, NULL);
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 24);

  self->db = g_object_ref (db);
  self->heading = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->heading, 0);
  gtk_widget_add_css_class (GTK_WIDGET (self->heading), "risk-detail-heading");
  self->form = TRYGG_FORM (trygg_form_new (db, fields));
  self->measures = trygg_risk_measures_view_new (db);

  {
    GtkWidget *top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
    GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");

    gtk_widget_set_hexpand (GTK_WIDGET (self->heading), TRUE);
    gtk_actionable_set_action_name (GTK_ACTIONABLE (remove), "risk.delete-risk");
    gtk_widget_set_tooltip_text (remove, _("Delete the risk (Delete in the list)"));
    gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    _("Delete the risk"), -1);
    gtk_widget_add_css_class (remove, "flat");
    gtk_box_append (GTK_BOX (top), GTK_WIDGET (self->heading));
    gtk_box_append (GTK_BOX (top), remove);
    gtk_box_append (GTK_BOX (box), top);
  }
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->form));
  gtk_box_append (GTK_BOX (box), build_scores (self));
  gtk_box_append (GTK_BOX (box), self->measures);
  gtk_widget_set_margin_top (box, 18);
  gtk_widget_set_margin_bottom (box, 24);
  gtk_widget_set_margin_start (box, 18);
  gtk_widget_set_margin_end (box, 18);
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 640);
  adw_clamp_set_child (ADW_CLAMP (clamp), box);

  self->scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (self->scroller), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->scroller), clamp);
  gtk_widget_set_parent (self->scroller, GTK_WIDGET (self));
  return GTK_WIDGET (self);
}
