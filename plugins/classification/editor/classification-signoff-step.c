/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The sign-off step of the guided classification: the resulting profile ("K3 R2 T3") with
 * each aspect's level, the flags for personal data, special categories and secrecy (with the
 * legal reference secrecy rests on), who classified, the information owner who signs off,
 * the date of the sign-off and of the next review. Dates are checked as they are typed.
 */
#define G_LOG_DOMAIN "trygg-classification"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "classification-signoff-step.h"

#define RESOURCE "/io/github/trygg/Trygg/plugins/classification/classification-signoff-step.ui"

struct _TryggClassificationSignoffStep
{
  GtkWidget                        parent_instance;

  TryggDatabase                   *db;
  char                            *preset_id;
  const TryggClassificationPreset *preset;
  gboolean                         traceability;
  char                            *profile_text;
  gboolean                         loading;
  gboolean                         show_errors;
  GtkWidget                       *aspect_rows[TRYGG_CLASSIFICATION_N_ASPECTS];
  GtkWidget                       *aspect_labels[TRYGG_CLASSIFICATION_N_ASPECTS];

  GtkWidget                       *scroller;
  GtkLabel                        *intro_label;
  AdwPreferencesGroup             *result_group;
  GtkLabel                        *profile_label;
  GtkWidget                       *warning_box;
  GtkLabel                        *warning_label;
  GtkWidget                       *special_row;
  GtkSwitch                       *personal_switch;
  GtkSwitch                       *special_switch;
  GtkSwitch                       *secrecy_switch;
  GtkWidget                       *reference_row;
  GtkLabel                        *reference_error;
  AdwComboRow                     *classified_by_row;
  AdwComboRow                     *signed_off_by_row;
  GtkWidget                       *signed_off_on_row;
  GtkWidget                       *next_review_row;
  GtkLabel                        *date_error;
};

G_DEFINE_FINAL_TYPE (TryggClassificationSignoffStep, trygg_classification_signoff_step,
                     GTK_TYPE_WIDGET)

enum { CHANGED, N_SIGNALS };
static guint signals[N_SIGNALS];

/* "K3 R2 T–": every aspect in use, a dash for one not assessed; letters are not translated */
char *
trygg_classification_format_profile (const TryggClassificationPreset *preset,
                                     const int                       *levels,
                                     gboolean                         traceability)
{
  GString *s = g_string_new (NULL);
  guint n = traceability ? TRYGG_CLASSIFICATION_N_ASPECTS : TRYGG_CLASSIFICATION_TRACEABILITY;

  for (guint i = 0; i < n; i++)
    {
      g_string_append_printf (s, "%s%s", s->len ? " " : "", preset->letters[i]);
      if (levels[i] == TRYGG_CLASSIFICATION_NO_LEVEL)
        g_string_append (s, "–");
      else
        g_string_append_printf (s, "%d", levels[i]);
    }
  return g_string_free (s, FALSE);
}

/* A date written YYYY-MM-DD that exists */
static gboolean
parse_date (const char *text,
            GDate      *date)
{
  unsigned int y, m, d;
  char end;

  if (text == NULL || strlen (text) != 10 || text[4] != '-' || text[7] != '-' ||
      sscanf (text, "%4u-%2u-%2u%c", &y, &m, &d, &end) != 3)
    return FALSE;
  for (guint i = 0; i < 10; i++)
    if (i != 4 && i != 7 && !g_ascii_isdigit (text[i]))
      return FALSE;
  if (!g_date_valid_dmy (d, m, y))
    return FALSE;
  g_date_clear (date, 1);
  g_date_set_dmy (date, d, m, y);
  return TRUE;
}

static char *
format_date (GDate *date)
{
  char buffer[16];

  g_date_strftime (buffer, sizeof buffer, "%Y-%m-%d", date);
  return g_strdup (buffer);
}

static const char *
text_of (GtkWidget *row)
{
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

/* Shows what is wrong with the dates and the secrecy reference; the first problem in
 * @message. While the user types, a date is judged once it is complete. */
static gboolean
check (TryggClassificationSignoffStep  *self,
       gboolean                         all,
       char                           **message)
{
  g_autoptr(GString) dates = g_string_new (NULL);
  g_autofree char *reference_message = NULL;
  const char *signed_text = text_of (self->signed_off_on_row);
  const char *review_text = text_of (self->next_review_row);
  GDate signed_on, review;
  gboolean signed_ok = parse_date (signed_text, &signed_on);
  gboolean review_ok = parse_date (review_text, &review);
  g_autofree char *reference = g_strstrip (g_strdup (text_of (self->reference_row)));
  const char *first = NULL;

  if (*signed_text != '\0' && !signed_ok && (all || strlen (signed_text) >= 10))
    g_string_append (dates, _("“Signed off on” must be a date written as YYYY-MM-DD, "
                              "e.g. 2025-03-14."));
  if (*review_text != '\0' && !review_ok && (all || strlen (review_text) >= 10))
    g_string_append_printf (dates, "%s%s", dates->len ? "\n" : "",
                            _("“Next review” must be a date written as YYYY-MM-DD, "
                              "e.g. 2026-03-14."));
  if (signed_ok && review_ok && g_date_compare (&review, &signed_on) <= 0)
    g_string_append_printf (dates, "%s%s", dates->len ? "\n" : "",
                            _("The next review must come after the sign-off."));
  if (gtk_switch_get_active (self->secrecy_switch) && *reference == '\0' && all)
    reference_message = g_strdup (_("Write the provision the secrecy rests on, "
                                    "e.g. OSL 26:1 or offentleglova § 13."));

  gtk_label_set_text (self->reference_error, reference_message);
  gtk_widget_set_visible (GTK_WIDGET (self->reference_error), reference_message != NULL);
  if (reference_message != NULL)
    gtk_widget_add_css_class (self->reference_row, "error");
  else
    gtk_widget_remove_css_class (self->reference_row, "error");
  gtk_label_set_text (self->date_error, dates->str);
  gtk_widget_set_visible (GTK_WIDGET (self->date_error), dates->len > 0);
  if (*signed_text != '\0' && !signed_ok && (all || strlen (signed_text) >= 10))
    gtk_widget_add_css_class (self->signed_off_on_row, "error");
  else
    gtk_widget_remove_css_class (self->signed_off_on_row, "error");
  if ((*review_text != '\0' && !review_ok && (all || strlen (review_text) >= 10)) ||
      (signed_ok && review_ok && g_date_compare (&review, &signed_on) <= 0))
    gtk_widget_add_css_class (self->next_review_row, "error");
  else
    gtk_widget_remove_css_class (self->next_review_row, "error");

  first = reference_message != NULL ? reference_message : dates->len > 0 ? dates->str : NULL;
  if (message != NULL)
    *message = g_strdup (first);
  return first == NULL;
}

static void
emit_changed (TryggClassificationSignoffStep *self)
{
  if (!self->loading)
    g_signal_emit (self, signals[CHANGED], 0);
}

static void
on_changed (TryggClassificationSignoffStep *self)
{
  emit_changed (self);
}

static void
on_text_changed (TryggClassificationSignoffStep *self)
{
  check (self, self->show_errors, NULL);
  emit_changed (self);
}

static void
on_personal_changed (TryggClassificationSignoffStep *self)
{
  gboolean personal = gtk_switch_get_active (self->personal_switch);

  /* special categories only mean something for personal data */
  gtk_widget_set_sensitive (self->special_row, personal);
  if (!personal)
    gtk_switch_set_active (self->special_switch, FALSE);
  emit_changed (self);
}

static void
on_secrecy_changed (TryggClassificationSignoffStep *self)
{
  gboolean secrecy = gtk_switch_get_active (self->secrecy_switch);

  gtk_widget_set_visible (self->reference_row, secrecy);
  check (self, self->show_errors, NULL);
  if (secrecy && !self->loading)
    gtk_widget_grab_focus (self->reference_row);
  emit_changed (self);
}

/* Persons */

static char *
person_label (TryggEntity *item)
{
  if (item == NULL)
    return g_strdup ("");
  if (trygg_entity_get_id (item) == 0)
    return g_strdup (_("Nobody chosen"));
  return g_strdup (trygg_entity_get_title (item));
}

static void
setup_person_row (TryggClassificationSignoffStep *self,
                  AdwComboRow                    *row)
{
  g_autoptr(TryggEntityList) persons =
    trygg_entity_list_new (self->db, TRYGG_TYPE_PERSON, "name COLLATE NOCASE");
  g_autoptr(GObject) none = g_object_new (TRYGG_TYPE_PERSON, NULL);
  GListStore *none_store = g_list_store_new (TRYGG_TYPE_PERSON);
  GListStore *both = g_list_store_new (G_TYPE_LIST_MODEL);
  g_autoptr(GtkFlattenListModel) flat = NULL;
  g_autoptr(GtkExpression) expression =
    gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL, G_CALLBACK (person_label),
                                 NULL, NULL);

  g_list_store_append (none_store, none);
  g_list_store_append (both, none_store);
  g_list_store_append (both, persons);
  g_object_unref (none_store);
  flat = gtk_flatten_list_model_new (G_LIST_MODEL (both));
  adw_combo_row_set_expression (row, expression);
  g_object_set_data_full (G_OBJECT (row), "trygg-persons", g_object_ref (persons),
                          g_object_unref);
  adw_combo_row_set_model (row, G_LIST_MODEL (flat));
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), -1);
}

static void
set_person (AdwComboRow *row,
            gint64       id)
{
  TryggEntityList *persons = g_object_get_data (G_OBJECT (row), "trygg-persons");
  guint position = id > 0 ? trygg_entity_list_find (persons, id) : G_MAXUINT;

  adw_combo_row_set_selected (row, position == G_MAXUINT ? 0 : position + 1);
}

static gint64
get_person (AdwComboRow *row)
{
  TryggEntity *item = adw_combo_row_get_selected_item (row);

  return item != NULL ? trygg_entity_get_id (item) : 0;
}

/* The summary */

static void
build_summary (TryggClassificationSignoffStep *self)
{
  guint n = self->traceability ? TRYGG_CLASSIFICATION_N_ASPECTS
                               : TRYGG_CLASSIFICATION_TRACEABILITY;

  for (guint i = 0; i < n; i++)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *label = gtk_label_new (NULL);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     trygg_classification_aspect_name (i));
      gtk_widget_add_css_class (label, "heading");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
      adw_preferences_group_add (self->result_group, row);
      self->aspect_rows[i] = row;
      self->aspect_labels[i] = label;
    }
}

/* Shows the profile @levels (per aspect, TRYGG_CLASSIFICATION_NO_LEVEL when not assessed). */
void
trygg_classification_signoff_step_set_levels (TryggClassificationSignoffStep *self,
                                              const int                      *levels)
{
  gboolean warns = FALSE;

  g_free (self->profile_text);
  self->profile_text = trygg_classification_format_profile (self->preset, levels,
                                                            self->traceability);
  gtk_label_set_text (self->profile_label, self->profile_text);
  for (guint i = 0; i < TRYGG_CLASSIFICATION_N_ASPECTS; i++)
    {
      g_autofree char *name = NULL;
      g_autofree char *text = NULL;
      g_autofree char *description = NULL;

      if (self->aspect_rows[i] == NULL)
        continue;
      if (levels[i] == TRYGG_CLASSIFICATION_NO_LEVEL)
        {
          gtk_label_set_text (GTK_LABEL (self->aspect_labels[i]), _("Not assessed"));
          adw_action_row_set_subtitle (ADW_ACTION_ROW (self->aspect_rows[i]),
                                       _("No consequence area has an answer."));
          continue;
        }
      name = trygg_classification_level_name (self->db, self->preset_id, i, levels[i]);
      description = trygg_classification_level_description (self->db, self->preset_id, i,
                                                            levels[i]);
      /* Translators: a level in the summary, e.g. "K3 · Serious": the profile letter, the
       * level's number and its name */
      text = g_strdup_printf (_("%s%d · %s"), self->preset->letters[i], levels[i], name);
      gtk_label_set_text (GTK_LABEL (self->aspect_labels[i]), text);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (self->aspect_rows[i]), description);
      if (self->preset->warn_level >= 0 && levels[i] >= self->preset->warn_level)
        warns = TRUE;
    }
  gtk_widget_set_visible (self->warning_box, warns);
}

const char *
trygg_classification_signoff_step_get_profile_text (TryggClassificationSignoffStep *self)
{
  return self->profile_text;
}

/* @version: the number the new version will get */
void
trygg_classification_signoff_step_set_version (TryggClassificationSignoffStep *self,
                                               int                             version)
{
  g_autofree char *text = NULL;

  if (version <= 1)
    text = g_strdup (_("Check the result, say what the information holds and who signs off. "
                       "Saving makes the first version of the classification."));
  else
    /* Translators: %d is the number of the version that saving makes, e.g. 2 */
    text = g_strdup_printf (_("Check the result, say what the information holds and who signs "
                              "off. Saving makes version %d of the classification; the "
                              "earlier versions are kept."), version);
  gtk_label_set_text (self->intro_label, text);
}

/* Class */

static void
trygg_classification_signoff_step_dispose (GObject *object)
{
  TryggClassificationSignoffStep *self = TRYGG_CLASSIFICATION_SIGNOFF_STEP (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), TRYGG_TYPE_CLASSIFICATION_SIGNOFF_STEP);
  G_OBJECT_CLASS (trygg_classification_signoff_step_parent_class)->dispose (object);
}

static void
trygg_classification_signoff_step_finalize (GObject *object)
{
  TryggClassificationSignoffStep *self = TRYGG_CLASSIFICATION_SIGNOFF_STEP (object);

  g_clear_object (&self->db);
  g_free (self->preset_id);
  g_free (self->profile_text);
  G_OBJECT_CLASS (trygg_classification_signoff_step_parent_class)->finalize (object);
}

static void
trygg_classification_signoff_step_class_init (TryggClassificationSignoffStepClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = trygg_classification_signoff_step_dispose;
  object_class->finalize = trygg_classification_signoff_step_finalize;
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE);
#define CHILD(name) \
  gtk_widget_class_bind_template_child (widget_class, TryggClassificationSignoffStep, name)
  CHILD (scroller);
  CHILD (intro_label);
  CHILD (result_group);
  CHILD (profile_label);
  CHILD (warning_box);
  CHILD (warning_label);
  CHILD (special_row);
  CHILD (personal_switch);
  CHILD (special_switch);
  CHILD (secrecy_switch);
  CHILD (reference_row);
  CHILD (reference_error);
  CHILD (classified_by_row);
  CHILD (signed_off_by_row);
  CHILD (signed_off_on_row);
  CHILD (next_review_row);
  CHILD (date_error);
#undef CHILD
  gtk_widget_class_bind_template_callback (widget_class, on_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_text_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_personal_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_secrecy_changed);
}

static void
trygg_classification_signoff_step_init (TryggClassificationSignoffStep *self)
{
  self->loading = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_label_set_text (self->warning_label, trygg_classification_level4_warning ());
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->reference_row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Legal reference for the secrecy"), -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->signed_off_on_row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Signed off on, a date written as YYYY-MM-DD"), -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->next_review_row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Next review, a date written as YYYY-MM-DD"), -1);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->signed_off_on_row),
                                  GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, self->date_error,
                                  NULL, -1);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->next_review_row),
                                  GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, self->date_error,
                                  NULL, -1);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->reference_row),
                                  GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, self->reference_error,
                                  NULL, -1);
  gtk_widget_set_sensitive (self->special_row, FALSE);
  self->loading = FALSE;
}

/**
 * trygg_classification_signoff_step_new:
 * @traceability: whether the profile shows the fourth aspect
 */
GtkWidget *
trygg_classification_signoff_step_new (TryggDatabase *db,
                                       const char    *preset,
                                       gboolean       traceability)
{
  TryggClassificationSignoffStep *self =
    g_object_new (TRYGG_TYPE_CLASSIFICATION_SIGNOFF_STEP, NULL);
  int none[TRYGG_CLASSIFICATION_N_ASPECTS] = { TRYGG_CLASSIFICATION_NO_LEVEL,
    TRYGG_CLASSIFICATION_NO_LEVEL, TRYGG_CLASSIFICATION_NO_LEVEL, TRYGG_CLASSIFICATION_NO_LEVEL };

  self->db = g_object_ref (db);
  self->preset = trygg_classification_preset_lookup (preset);
  if (self->preset == NULL)
    self->preset = &trygg_classification_presets[0];
  self->preset_id = g_strdup (self->preset->id);
  self->traceability = traceability;
  self->loading = TRUE;
  setup_person_row (self, self->classified_by_row);
  setup_person_row (self, self->signed_off_by_row);
  self->loading = FALSE;
  build_summary (self);
  trygg_classification_signoff_step_set_levels (self, none);
  trygg_classification_signoff_step_set_version (self, 1);
  return GTK_WIDGET (self);
}

/* Shows the flags, people and dates of @draft; an empty date is left empty. */
void
trygg_classification_signoff_step_load (TryggClassificationSignoffStep *self,
                                        const TryggClassificationDraft *draft)
{
  self->loading = TRUE;
  gtk_switch_set_active (self->personal_switch, draft->personal_data);
  gtk_switch_set_active (self->special_switch, draft->personal_data && draft->special_categories);
  gtk_switch_set_active (self->secrecy_switch, draft->secrecy);
  gtk_editable_set_text (GTK_EDITABLE (self->reference_row),
                         draft->secrecy_reference != NULL ? draft->secrecy_reference : "");
  set_person (self->classified_by_row, draft->classified_by_id);
  set_person (self->signed_off_by_row, draft->signed_off_by_id);
  gtk_editable_set_text (GTK_EDITABLE (self->signed_off_on_row),
                         draft->signed_off_on != NULL ? draft->signed_off_on : "");
  gtk_editable_set_text (GTK_EDITABLE (self->next_review_row),
                         draft->next_review != NULL ? draft->next_review : "");
  gtk_widget_set_sensitive (self->special_row, draft->personal_data);
  gtk_widget_set_visible (self->reference_row, draft->secrecy);
  self->loading = FALSE;
}

void
trygg_classification_signoff_step_fill_draft (TryggClassificationSignoffStep *self,
                                              TryggClassificationDraft       *draft)
{
  const char *signed_on = text_of (self->signed_off_on_row);
  const char *review = text_of (self->next_review_row);
  GDate date;

  draft->personal_data = gtk_switch_get_active (self->personal_switch);
  draft->special_categories = draft->personal_data &&
                              gtk_switch_get_active (self->special_switch);
  draft->secrecy = gtk_switch_get_active (self->secrecy_switch);
  g_free (draft->secrecy_reference);
  draft->secrecy_reference = draft->secrecy
    ? g_strstrip (g_strdup (text_of (self->reference_row))) : NULL;
  draft->classified_by_id = get_person (self->classified_by_row);
  draft->signed_off_by_id = get_person (self->signed_off_by_row);
  g_free (draft->signed_off_on);
  draft->signed_off_on = parse_date (signed_on, &date) ? format_date (&date) : NULL;
  g_free (draft->next_review);
  draft->next_review = parse_date (review, &date) ? format_date (&date) : NULL;
}

/* Shows every problem next to its field; the first in @message. From now on the fields are
 * checked as the user types. */
gboolean
trygg_classification_signoff_step_validate (TryggClassificationSignoffStep  *self,
                                            char                           **message)
{
  self->show_errors = TRUE;
  return check (self, TRUE, message);
}

void
trygg_classification_signoff_step_focus_first (TryggClassificationSignoffStep *self)
{
  if (gtk_widget_get_visible (GTK_WIDGET (self->reference_error)))
    gtk_widget_grab_focus (self->reference_row);
  else if (gtk_widget_get_visible (GTK_WIDGET (self->date_error)))
    gtk_widget_grab_focus (gtk_widget_has_css_class (self->signed_off_on_row, "error")
                             ? self->signed_off_on_row : self->next_review_row);
  else
    gtk_widget_grab_focus (GTK_WIDGET (self->personal_switch));
}
