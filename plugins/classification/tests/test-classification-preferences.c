/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Preferences → Classification in a real window: choosing a scale stores it and shows that
 * scale's levels; traceability adds its aspect; an own level name is saved as it is typed
 * (and an emptied one gives the scale's name back); an area is added by name and retired
 * with its switch, never deleted; an empty area name is refused and nothing is added; a
 * catalogue file is added or replaces the catalogue as chosen, and a bad one is refused in a
 * dialog with nothing changed.
 */
#define G_LOG_DOMAIN "trygg-classification"

#include "config.h"

#include <string.h>

#include "classification-preferences-private.h"
#include "test-ui-util.h"
#include "test-util.h"

static const TryggSchemaSource source = {
  "classification", "/io/github/trygg/Trygg/plugins/classification/sql"
};

typedef struct
{
  char                           *dir;
  TryggDatabase                  *db;
  GtkWidget                      *window;
  TryggClassificationPreferences *page;
} Fixture;

static void
setup (Fixture       *f,
       gconstpointer  data)
{
  f->dir = trygg_test_make_dir ();
  f->db = trygg_test_open_plugin (f->dir, &source);
  f->window = adw_preferences_window_new ();
  f->page = TRYGG_CLASSIFICATION_PREFERENCES (trygg_classification_preferences_new (f->db));
  adw_preferences_window_add (ADW_PREFERENCES_WINDOW (f->window), ADW_PREFERENCES_PAGE (f->page));
  gtk_window_present (GTK_WINDOW (f->window));
  trygg_test_wait_ms (50);
}

static void
teardown (Fixture       *f,
          gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  trygg_test_wait_ms (20);
  trygg_test_close (&f->db);
  trygg_test_remove_dir (f->dir);
  g_free (f->dir);
}

static void
test_scale (Fixture       *f,
            gconstpointer  data)
{
  g_autofree char *preset = NULL;

  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (f->page->preset_row)), ==, 0);
  g_assert_cmpuint (f->page->level_rows->len, ==, 3);
  g_assert_cmpuint (f->page->level_edits->len, ==, 3 * 5);  /* levels 0–4 */

  adw_combo_row_set_selected (ADW_COMBO_ROW (f->page->preset_row), 2);
  preset = trygg_classification_get_preset (f->db);
  g_assert_cmpstr (preset, ==, "norwegian");
  g_assert_cmpuint (f->page->level_edits->len, ==, 3 * 4);  /* levels 1–4 */

  gtk_switch_set_active (GTK_SWITCH (f->page->traceability_switch), TRUE);
  g_assert_true (trygg_classification_get_traceability (f->db));
  g_assert_cmpuint (f->page->level_rows->len, ==, 4);
}

static GtkWidget *
name_row (Fixture                   *f,
          TryggClassificationAspect  aspect,
          int                        level)
{
  for (guint i = 0; i < f->page->level_edits->len; i++)
    {
      TryggClassificationLevelEdit *edit = g_ptr_array_index (f->page->level_edits, i);
      if (edit->aspect == aspect && edit->level == level)
        return edit->name_row;
    }
  return NULL;
}

static void
test_level_names (Fixture       *f,
                  gconstpointer  data)
{
  GtkWidget *row = name_row (f, TRYGG_CLASSIFICATION_CONFIDENTIALITY, 3);
  g_autofree char *own = NULL;
  g_autofree char *back = NULL;

  g_assert_nonnull (row);
  gtk_editable_set_text (GTK_EDITABLE (row), "Hög");
  trygg_test_wait_ms (800);
  own = trygg_classification_level_name (f->db, "klassa", TRYGG_CLASSIFICATION_CONFIDENTIALITY, 3);
  g_assert_cmpstr (own, ==, "Hög");

  /* emptied: the scale's own name again, saved when the page goes away */
  gtk_editable_set_text (GTK_EDITABLE (row), "");
  trygg_classification_preferences_flush_levels (f->page);
  back = trygg_classification_level_name (f->db, "klassa", TRYGG_CLASSIFICATION_CONFIDENTIALITY,
                                          3);
  g_assert_cmpstr (back, ==, "Serious");
}

static void
test_areas (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GPtrArray) areas = NULL;
  g_autoptr(GPtrArray) active = NULL;
  GtkWidget *toggle;

  g_assert_cmpuint (f->page->area_rows->len, ==, 8);

  /* an empty name is refused: nothing added */
  gtk_editable_set_text (GTK_EDITABLE (f->page->add_area_row), "   ");
  g_signal_emit_by_name (f->page->add_area_row, "apply");
  g_assert_cmpint (trygg_database_count_rows (f->db, "classification_area"), ==, 8);

  gtk_editable_set_text (GTK_EDITABLE (f->page->add_area_row), "Skada på kulturarv");
  g_signal_emit_by_name (f->page->add_area_row, "apply");
  g_assert_cmpint (trygg_database_count_rows (f->db, "classification_area"), ==, 9);
  g_assert_cmpuint (f->page->area_rows->len, ==, 9);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (f->page->add_area_row)), ==, "");

  /* retired with its switch, never deleted */
  toggle = adw_action_row_get_activatable_widget (g_ptr_array_index (f->page->area_rows, 8));
  g_assert_true (GTK_IS_SWITCH (toggle));
  gtk_switch_set_active (GTK_SWITCH (toggle), FALSE);
  areas = trygg_classification_list_areas (f->db, TRUE, NULL);
  active = trygg_classification_list_areas (f->db, FALSE, NULL);
  g_assert_cmpuint (areas->len, ==, 9);
  g_assert_cmpuint (active->len, ==, 8);
  g_assert_cmpstr (((TryggClassificationArea *) g_ptr_array_index (areas, 8))->name, ==,
                   "Skada på kulturarv");
}

/* The open message dialog with @heading, or NULL */
static AdwMessageDialog *
message_dialog (const char *heading)
{
  g_autoptr(GListModel) toplevels = g_object_ref (gtk_window_get_toplevels ());

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);
      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)) &&
          g_strcmp0 (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (window)), heading) == 0)
        return ADW_MESSAGE_DIALOG (window);
    }
  return NULL;
}

#define MODE_DIALOG "Import Requirement Catalogue"
#define ERROR_DIALOG "The catalogue was not imported"

static void
import_file (Fixture    *f,
             const char *contents,
             const char *response)
{
  g_autofree char *path = g_build_filename (f->dir, "catalogue.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  AdwMessageDialog *dialog;

  g_assert_true (g_file_set_contents (path, contents, -1, NULL));
  trygg_classification_preferences_open_catalogue (f->page, file);
  trygg_test_wait_ms (50);
  dialog = message_dialog (MODE_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_true (adw_message_dialog_has_response (dialog, "add"));
  g_assert_true (adw_message_dialog_has_response (dialog, "replace"));
  /* as a click does: the response, then the dialog closes */
  adw_message_dialog_response (dialog, response);
  gtk_window_destroy (GTK_WINDOW (dialog));
  trygg_test_wait_ms (50);
}

#define REQUIREMENT(code, title) \
  "{\"code\": \"" code "\", \"area\": \"backup\", \"title\": \"" title "\", " \
  "\"as_is\": \"Det görs.\", \"shall\": \"Det ska göras.\", " \
  "\"aspect\": \"availability\", \"min_level\": 2}"

static void
test_catalogue (Fixture       *f,
                gconstpointer  data)
{
  AdwMessageDialog *dialog;

  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (f->page->catalogue_row)), ==,
                   "Empty");

  /* a bad file: refused in words, nothing imported */
  import_file (f, "{\"format\": \"spreadsheet\", \"requirements\": []}", "add");
  dialog = message_dialog (ERROR_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "trygg-requirements"));
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_cmpint (trygg_database_count_rows (f->db, "classification_requirement"), ==, 0);

  import_file (f, "{\"format\": \"trygg-requirements\", \"version\": 1, \"requirements\": ["
                  REQUIREMENT ("X-01", "Reservrutin") ", " REQUIREMENT ("X-02", "Återläsning")
                  "]}", "add");
  g_assert_null (message_dialog (ERROR_DIALOG));
  g_assert_cmpint (trygg_database_count_rows (f->db, "classification_requirement"), ==, 2);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (f->page->catalogue_row)), ==,
                   "2 requirements");

  /* cancelled: nothing changes; replaced: only the file's requirements stay */
  import_file (f, "{\"format\": \"trygg-requirements\", \"version\": 1, \"requirements\": ["
                  REQUIREMENT ("X-01", "Reservrutin") "]}", "cancel");
  g_assert_cmpint (trygg_database_count_rows (f->db, "classification_requirement"), ==, 2);
  import_file (f, "{\"format\": \"trygg-requirements\", \"version\": 1, \"requirements\": ["
                  REQUIREMENT ("X-01", "Reservrutin") "]}", "replace");
  g_assert_cmpint (trygg_database_count_rows (f->db, "classification_requirement"), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/classification/preferences/scale", Fixture, NULL, setup, test_scale, teardown);
  g_test_add ("/classification/preferences/level-names", Fixture, NULL, setup,
              test_level_names, teardown);
  g_test_add ("/classification/preferences/areas", Fixture, NULL, setup, test_areas, teardown);
  g_test_add ("/classification/preferences/catalogue", Fixture, NULL, setup, test_catalogue,
              teardown);
  return g_test_run ();
}
