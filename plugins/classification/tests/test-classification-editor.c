/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The guided classification in a real window (under Xvfb): an information owner picks a
 * level per consequence area by clicking the level buttons, goes through the steps and
 * saves; the database holds version 1 with each aspect at its highest answer, the rationale
 * and the next review. Opened again it is filled in from that version, and one changed
 * answer saves version 2. Missing answers, a bad date or secrecy without its legal
 * reference refuse to save with a visible message on the step that needs fixing; level 4
 * warns; closing with changes asks first.
 */
#define G_LOG_DOMAIN "trygg-classification"

#include "config.h"

#include <string.h>

#include <adwaita.h>

#include "classification-aspect-step.h"
#include "classification-editor.h"
#include "classification-signoff-step.h"
#include "test-ui-util.h"
#include "test-util.h"

static const TryggSchemaSource source = {
  "classification", "/io/github/trygg/Trygg/plugins/classification/sql"
};

typedef struct
{
  char          *dir;
  TryggDatabase *db;
  GtkWidget     *parent;
  gint64         owner;
  gint64         coordinator;
  gint64         asset;
  gint64         economic;
  gint64         operations;
  gint64         privacy;
} Fixture;

static gint64
query_int (TryggDatabase *db,
           const char    *sql)
{
  return trygg_test_query_int (db, sql, NULL);
}

static char *
query_text (TryggDatabase *db,
            const char    *sql)
{
  return trygg_test_query_text (db, sql, NULL);
}

static gint64
area_id (TryggDatabase *db,
         const char    *key)
{
  g_autoptr(GPtrArray) areas = trygg_classification_list_areas (db, FALSE, NULL);

  for (guint i = 0; i < areas->len; i++)
    {
      TryggClassificationArea *area = g_ptr_array_index (areas, i);
      if (g_strcmp0 (area->key, key) == 0)
        return area->id;
    }
  g_assert_not_reached ();
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  gint64 unit;

  f->dir = trygg_test_make_dir ();
  f->db = trygg_test_open_plugin (f->dir, &source);
  unit = trygg_test_insert (f->db, "INSERT INTO org_unit (uuid, name) VALUES (?1, ?2)",
                            "Barn- och utbildningsförvaltningen", 0, 0);
  f->owner = trygg_test_insert (f->db, "INSERT INTO person (uuid, name, unit_id) "
                                "VALUES (?1, ?2, ?3)", "Anna Berg", unit, 0);
  f->coordinator = trygg_test_insert (f->db, "INSERT INTO person (uuid, name) VALUES (?1, ?2)",
                                      "Erik Lund", 0, 0);
  f->asset = trygg_test_insert (f->db, "INSERT INTO information_asset (uuid, name, unit_id, "
                                "owner_id) VALUES (?1, ?2, ?3, ?4)", "Pupil records", unit,
                                f->owner);
  f->economic = area_id (f->db, "economic");
  f->operations = area_id (f->db, "operations");
  f->privacy = area_id (f->db, "privacy");

  f->parent = gtk_window_new ();
  gtk_window_present (GTK_WINDOW (f->parent));
  trygg_test_run_pending ();
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  trygg_test_destroy_window (f->parent, NULL);
  trygg_test_close (&f->db);
  trygg_test_remove_dir (f->dir);
  g_free (f->dir);
}

static GtkWidget *
open_editor (Fixture *f)
{
  GtkWidget *editor = trygg_classification_editor_new (f->db, f->asset);

  gtk_window_set_transient_for (GTK_WINDOW (editor), GTK_WINDOW (f->parent));
  gtk_window_present (GTK_WINDOW (editor));
  trygg_test_run_pending ();
  return editor;
}

static GtkWidget *
child (GtkWidget  *editor,
       const char *name)
{
  return (GtkWidget *) gtk_widget_get_template_child (editor, TRYGG_TYPE_CLASSIFICATION_EDITOR,
                                                      name);
}

static GtkWidget *
step (GtkWidget  *editor,
      const char *name)
{
  GtkWidget *widget = gtk_stack_get_child_by_name (GTK_STACK (child (editor, "stack")), name);

  g_assert_nonnull (widget);
  return widget;
}

static const char *
visible_step (GtkWidget *editor)
{
  return gtk_stack_get_visible_child_name (GTK_STACK (child (editor, "stack")));
}

static GtkWidget *
signoff_child (GtkWidget  *editor,
               const char *name)
{
  return (GtkWidget *) gtk_widget_get_template_child (step (editor, "sign-off"),
                                                      TRYGG_TYPE_CLASSIFICATION_SIGNOFF_STEP,
                                                      name);
}

/* Clicks the level button of @level in @area of @aspect, found by its widget name */
static void
choose (GtkWidget  *editor,
        const char *aspect,
        gint64      area,
        int         level)
{
  g_autofree char *name = g_strdup_printf ("level-%s-%" G_GINT64_FORMAT "-%d", aspect, area,
                                           level);
  GtkWidget *button = trygg_test_find_widget (step (editor, aspect), GTK_TYPE_WIDGET, name);

  g_assert_nonnull (button);
  g_assert_true (gtk_widget_is_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
  trygg_test_run_pending ();
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (button)));
}

static void
type_rationale (GtkWidget  *editor,
                const char *aspect,
                const char *text)
{
  GtkWidget *view = trygg_test_find_widget (step (editor, aspect), GTK_TYPE_WIDGET, "rationale");

  g_assert_nonnull (view);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), text, -1);
}

static void
activate (GtkWidget  *editor,
          const char *action)
{
  g_assert_true (gtk_widget_activate_action (editor, action, NULL));
  trygg_test_run_pending ();
}

static void
on_saved (GtkWidget *editor,
          int        version,
          int       *saved)
{
  *saved = version;
}

/* Saves and checks that the editor reported @version and closed */
static void
save_expecting (GtkWidget *editor,
                int        version)
{
  int saved = 0;

  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  g_signal_connect (editor, "saved", G_CALLBACK (on_saved), &saved);
  activate (editor, "editor.save");
  g_assert_cmpint (saved, ==, version);
  g_assert_null (editor);   /* closed, and nothing held it */
}

static void
test_classify_and_reclassify (Fixture       *f,
                              gconstpointer  data)
{
  GtkWidget *editor = open_editor (f);
  TryggClassificationAspectStep *confidentiality;
  g_autofree char *rationale = NULL;
  g_autofree char *next_review = NULL;
  g_autofree char *signed_off_on = NULL;
  g_autofree char *profile_text = NULL;
  g_autofree char *today = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  TryggClassificationProfile profile;

  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (editor)), ==, "Classify Pupil records");
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (editor)));
  g_assert_cmpstr (visible_step (editor), ==, "confidentiality");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (child (editor, "step_label"))), ==,
                   "Step 1 of 4");
  g_assert_false (gtk_widget_get_visible (child (editor, "save_button")));

  /* confidentiality: the most serious consequence decides */
  confidentiality = TRYGG_CLASSIFICATION_ASPECT_STEP (step (editor, "confidentiality"));
  choose (editor, "confidentiality", f->economic, 1);
  choose (editor, "confidentiality", f->privacy, 3);
  g_assert_cmpint (trygg_classification_aspect_step_get_level (confidentiality), ==, 3);
  g_assert_cmpstr (trygg_classification_aspect_step_get_result_text (confidentiality), ==,
                   "Confidentiality: K3, Serious");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (trygg_test_find_widget (
                       GTK_WIDGET (confidentiality), GTK_TYPE_WIDGET, "result-label"))), ==,
                   "Confidentiality: K3, Serious");
  g_assert_false (trygg_classification_aspect_step_get_warns (confidentiality));
  /* a screen reader hears the aspect, the area, the level and its name */
  gtk_test_accessible_assert_property (
      trygg_classification_aspect_step_get_button (confidentiality, f->privacy, 3),
      GTK_ACCESSIBLE_PROPERTY_LABEL, "Confidentiality, Harm to personal integrity: level 3, "
      "Serious");

  /* an answer can be taken back */
  choose (editor, "confidentiality", f->operations, 4);
  g_assert_cmpint (trygg_classification_aspect_step_get_level (confidentiality), ==, 4);
  {
    g_autofree char *name = g_strdup_printf ("clear-confidentiality-%" G_GINT64_FORMAT,
                                             f->operations);
    GtkWidget *clear = trygg_test_find_widget (GTK_WIDGET (confidentiality), GTK_TYPE_WIDGET, name);

    g_assert_true (gtk_widget_get_visible (clear));
    g_signal_emit_by_name (clear, "clicked");
    trygg_test_run_pending ();
    g_assert_false (gtk_widget_get_visible (clear));
  }
  g_assert_cmpint (trygg_classification_aspect_step_get_answer (confidentiality, f->operations),
                   ==, TRYGG_CLASSIFICATION_NO_LEVEL);
  g_assert_cmpint (trygg_classification_aspect_step_get_level (confidentiality), ==, 3);
  type_rationale (editor, "confidentiality", "Pupils' health and family situation.");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (child (editor, "profile_label"))), ==,
                   "Profile: K3 R– T–");

  activate (editor, "editor.next");
  g_assert_cmpstr (visible_step (editor), ==, "integrity");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (child (editor, "step_label"))), ==,
                   "Step 2 of 4");
  choose (editor, "integrity", f->operations, 2);

  activate (editor, "editor.next");
  g_assert_cmpstr (visible_step (editor), ==, "availability");
  choose (editor, "availability", f->economic, 1);
  choose (editor, "availability", f->operations, 3);

  activate (editor, "editor.next");
  g_assert_cmpstr (visible_step (editor), ==, "sign-off");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (child (editor, "step_label"))), ==,
                   "Step 4 of 4");
  g_assert_true (gtk_widget_get_visible (child (editor, "save_button")));
  g_assert_false (gtk_widget_get_visible (child (editor, "next_button")));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (signoff_child (editor, "profile_label"))), ==,
                   "K3 R2 T3");
  /* the asset's owner signs off by default */
  g_assert_cmpint (trygg_entity_get_id (adw_combo_row_get_selected_item (
      ADW_COMBO_ROW (signoff_child (editor, "signed_off_by_row")))), ==, f->owner);
  adw_combo_row_set_selected (ADW_COMBO_ROW (signoff_child (editor, "classified_by_row")), 2);
  gtk_editable_set_text (GTK_EDITABLE (signoff_child (editor, "next_review_row")), "2031-05-01");

  /* Back and Next keep what was chosen */
  activate (editor, "editor.back");
  g_assert_cmpstr (visible_step (editor), ==, "availability");
  activate (editor, "editor.next");
  save_expecting (editor, 1);

  g_assert_cmpint (query_int (f->db, "SELECT count(*) FROM classification"), ==, 1);
  g_assert_true (trygg_classification_current_profile (f->db, f->asset, &profile, NULL));
  profile_text = trygg_classification_profile_to_string (&profile);
  g_assert_cmpstr (profile_text, ==, "K3 R2 T3");
  rationale = query_text (f->db, "SELECT rationale FROM classification_aspect "
                          "WHERE aspect = 'confidentiality'");
  g_assert_cmpstr (rationale, ==, "Pupils' health and family situation.");
  next_review = query_text (f->db, "SELECT next_review FROM classification");
  g_assert_cmpstr (next_review, ==, "2031-05-01");
  signed_off_on = query_text (f->db, "SELECT signed_off_on FROM classification");
  today = g_date_time_format (now, "%Y-%m-%d");
  g_assert_cmpstr (signed_off_on, ==, today);
  g_assert_cmpint (query_int (f->db, "SELECT signed_off_by_id FROM classification"), ==,
                   f->owner);
  g_assert_cmpint (query_int (f->db, "SELECT classified_by_id FROM classification"), ==,
                   f->coordinator);
  g_assert_cmpint (query_int (f->db, "SELECT count(*) FROM classification_answer"), ==, 5);

  /* again: filled in from version 1; one changed answer makes version 2 */
  editor = open_editor (f);
  confidentiality = TRYGG_CLASSIFICATION_ASPECT_STEP (step (editor, "confidentiality"));
  g_assert_cmpint (trygg_classification_aspect_step_get_answer (confidentiality, f->privacy),
                   ==, 3);
  g_assert_cmpint (trygg_classification_aspect_step_get_answer (confidentiality, f->economic),
                   ==, 1);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (child (editor, "profile_label"))), ==,
                   "Profile: K3 R2 T3");
  g_assert_cmpint (trygg_entity_get_id (adw_combo_row_get_selected_item (
      ADW_COMBO_ROW (signoff_child (editor, "classified_by_row")))), ==, f->coordinator);
  choose (editor, "availability", f->operations, 2);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (child (editor, "profile_label"))), ==,
                   "Profile: K3 R2 T2");
  /* Ctrl+Enter saves from any step */
  g_assert_cmpstr (visible_step (editor), ==, "confidentiality");
  save_expecting (editor, 2);

  g_assert_cmpint (query_int (f->db, "SELECT count(*) FROM classification"), ==, 2);
  g_assert_true (trygg_classification_current_profile (f->db, f->asset, &profile, NULL));
  g_assert_cmpint (profile.version, ==, 2);
  g_free (profile_text);
  profile_text = trygg_classification_profile_to_string (&profile);
  g_assert_cmpstr (profile_text, ==, "K3 R2 T2");
  g_free (rationale);
  rationale = query_text (f->db, "SELECT a.rationale FROM classification_aspect a JOIN "
                          "classification c ON c.id = a.classification_id "
                          "WHERE c.version = 2 AND a.aspect = 'confidentiality'");
  g_assert_cmpstr (rationale, ==, "Pupils' health and family situation.");
}

static void
test_refuses_incomplete (Fixture       *f,
                         gconstpointer  data)
{
  GtkWidget *editor = open_editor (f);
  GtkWidget *revealer = child (editor, "message_revealer");
  GtkLabel *message = GTK_LABEL (child (editor, "message_label"));

  choose (editor, "confidentiality", f->privacy, 2);
  activate (editor, "editor.save");
  g_assert_cmpint (query_int (f->db, "SELECT count(*) FROM classification"), ==, 0);
  g_assert_true (gtk_revealer_get_reveal_child (GTK_REVEALER (revealer)));
  g_assert_nonnull (strstr (gtk_label_get_text (message), "Integrity, Availability"));
  g_assert_cmpstr (visible_step (editor), ==, "integrity");

  choose (editor, "integrity", f->operations, 1);
  /* the message follows what is still missing */
  g_assert_nonnull (strstr (gtk_label_get_text (message), "Availability"));
  g_assert_null (strstr (gtk_label_get_text (message), "Integrity"));
  activate (editor, "editor.next");
  choose (editor, "availability", f->operations, 1);
  g_assert_false (gtk_revealer_get_reveal_child (GTK_REVEALER (revealer)));

  /* a date that does not exist */
  gtk_editable_set_text (GTK_EDITABLE (signoff_child (editor, "signed_off_on_row")),
                         "2025-02-30");
  activate (editor, "editor.save");
  g_assert_cmpint (query_int (f->db, "SELECT count(*) FROM classification"), ==, 0);
  g_assert_cmpstr (visible_step (editor), ==, "sign-off");
  g_assert_true (gtk_widget_get_visible (signoff_child (editor, "date_error")));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (signoff_child (editor,
                                                                          "date_error"))),
                            "YYYY-MM-DD"));
  gtk_editable_set_text (GTK_EDITABLE (signoff_child (editor, "signed_off_on_row")),
                         "2025-02-28");
  g_assert_false (gtk_widget_get_visible (signoff_child (editor, "date_error")));

  /* secrecy needs its legal reference */
  gtk_switch_set_active (GTK_SWITCH (signoff_child (editor, "secrecy_switch")), TRUE);
  g_assert_true (gtk_widget_get_visible (signoff_child (editor, "reference_row")));
  activate (editor, "editor.save");
  g_assert_cmpint (query_int (f->db, "SELECT count(*) FROM classification"), ==, 0);
  g_assert_true (gtk_widget_get_visible (signoff_child (editor, "reference_error")));
  g_assert_true (gtk_revealer_get_reveal_child (GTK_REVEALER (revealer)));
  gtk_editable_set_text (GTK_EDITABLE (signoff_child (editor, "reference_row")), "OSL 23:2");

  /* special categories only with personal data */
  g_assert_false (gtk_widget_get_sensitive (signoff_child (editor, "special_row")));
  gtk_switch_set_active (GTK_SWITCH (signoff_child (editor, "personal_switch")), TRUE);
  gtk_switch_set_active (GTK_SWITCH (signoff_child (editor, "special_switch")), TRUE);
  save_expecting (editor, 1);
  g_assert_cmpint (query_int (f->db, "SELECT count(*) FROM classification WHERE secrecy = 1 "
                              "AND secrecy_reference = 'OSL 23:2' AND personal_data = 1 AND "
                              "special_categories = 1 AND signed_off_on = '2025-02-28'"), ==, 1);
}

static void
test_level4_warning (Fixture       *f,
                     gconstpointer  data)
{
  GtkWidget *editor = open_editor (f);
  TryggClassificationAspectStep *confidentiality =
    TRYGG_CLASSIFICATION_ASPECT_STEP (step (editor, "confidentiality"));
  GtkWidget *warning = trygg_test_find_widget (GTK_WIDGET (confidentiality), GTK_TYPE_WIDGET,
                                               "level-warning");

  g_assert_false (gtk_widget_get_visible (warning));
  choose (editor, "confidentiality", f->privacy, 4);
  g_assert_true (gtk_widget_get_visible (warning));
  g_assert_true (trygg_classification_aspect_step_get_warns (confidentiality));
  g_assert_true (gtk_widget_get_visible (signoff_child (editor, "warning_box")));
  choose (editor, "confidentiality", f->privacy, 3);
  g_assert_false (gtk_widget_get_visible (warning));

  /* closing without saving asks first */
  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  gtk_window_close (GTK_WINDOW (editor));
  trygg_test_run_pending ();
  g_assert_nonnull (editor);
  {
    GListModel *toplevels = gtk_window_get_toplevels ();
    GtkWidget *dialog = NULL;

    for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
      {
        g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);
        if (g_strcmp0 (gtk_widget_get_name (window), "discard-dialog") == 0)
          dialog = window;
      }
    g_assert_nonnull (dialog);
    adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "discard");
  }
  trygg_test_run_pending ();
  g_assert_null (editor);
  g_assert_cmpint (query_int (f->db, "SELECT count(*) FROM classification"), ==, 0);
}

static void
test_traceability_and_preset (Fixture       *f,
                              gconstpointer  data)
{
  GtkWidget *editor;

  g_assert_true (trygg_classification_set_traceability (f->db, TRUE, NULL));
  g_assert_true (trygg_classification_set_preset (f->db, "norwegian", NULL));
  editor = open_editor (f);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (child (editor, "step_label"))), ==,
                   "Step 1 of 5");
  g_assert_nonnull (step (editor, "traceability"));
  /* the Norwegian classes are 1–4 and have no level-4 warning */
  g_assert_null (trygg_classification_aspect_step_get_button (
      TRYGG_CLASSIFICATION_ASPECT_STEP (step (editor, "confidentiality")), f->privacy, 0));
  choose (editor, "confidentiality", f->privacy, 4);
  g_assert_false (trygg_classification_aspect_step_get_warns (
      TRYGG_CLASSIFICATION_ASPECT_STEP (step (editor, "confidentiality"))));
  g_assert_cmpstr (trygg_classification_aspect_step_get_result_text (
      TRYGG_CLASSIFICATION_ASPECT_STEP (step (editor, "confidentiality"))), ==,
      "Confidentiality: K4, Strictly confidential");
  choose (editor, "integrity", f->operations, 2);
  choose (editor, "availability", f->operations, 1);
  /* traceability is offered but not required */
  save_expecting (editor, 1);
  g_assert_cmpint (query_int (f->db, "SELECT count(*) FROM classification "
                              "WHERE preset = 'norwegian'"), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  trygg_test_ui_init (&argc, &argv);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/classification-editor/classify-and-reclassify", test_classify_and_reclassify);
  ADD ("/classification-editor/refuses-incomplete", test_refuses_incomplete);
  ADD ("/classification-editor/level4-warning-and-discard", test_level4_warning);
  ADD ("/classification-editor/traceability-and-preset", test_traceability_and_preset);
#undef ADD
  return g_test_run ();
}
