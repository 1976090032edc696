/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The action plan's model, headless: a plan item and its action in the core tracker are
 * written together, stay consistent whichever side is changed, go together, and come back
 * together on Undo.
 */
#define G_LOG_DOMAIN "trygg-actionplan"

#include "config.h"

#include <glib/gstdio.h>

#include "actionplan-model.h"
#include "test-util.h"

static const TryggSchemaSource source = {
  "actionplan", "/io/github/trygg/Trygg/plugins/actionplan/sql"
};

typedef struct
{
  char          *dir;
  TryggDatabase *db;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  f->dir = trygg_test_make_dir ();
  f->db = trygg_test_open_plugin (f->dir, &source);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  trygg_test_close (&f->db);
  trygg_test_remove_dir (f->dir);
  g_free (f->dir);
}

static char *
query_text (TryggDatabase *db,
            const char    *sql,
            gint64         param)
{
  g_autoptr(sqlite3_stmt) stmt = trygg_database_prepare (db, sql, NULL);
  char *text = NULL;

  g_assert_nonnull (stmt);
  sqlite3_bind_int64 (stmt, 1, param);
  if (sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_type (stmt, 0) != SQLITE_NULL)
    text = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  return text;
}

static gint64
query_int (TryggDatabase *db,
           const char    *sql,
           gint64         param)
{
  g_autoptr(sqlite3_stmt) stmt = trygg_database_prepare (db, sql, NULL);

  g_assert_nonnull (stmt);
  sqlite3_bind_int64 (stmt, 1, param);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  return sqlite3_column_int64 (stmt, 0);
}

#define assert_action_text(db, column, action_id, expected) \
  G_STMT_START { \
    g_autofree char *_v = query_text (db, "SELECT " column " FROM action WHERE id = ?", \
                                      action_id); \
    g_assert_cmpstr (_v, ==, expected); \
  } G_STMT_END

#define assert_plan_status(db, item_id, expected) \
  G_STMT_START { \
    g_autofree char *_v = query_text (db, "SELECT plan_status FROM actionplan_item " \
                                      "WHERE id = ?", item_id); \
    g_assert_cmpstr (_v, ==, expected); \
  } G_STMT_END

static TryggActionplanItem *
add_item (TryggDatabase *db,
          int            year,
          const char    *area,
          const char    *title,
          guint          quarters,
          const char    *plan_status)
{
  g_autoptr(GError) error = NULL;
  TryggActionplanItem *item = trygg_actionplan_item_new (year);

  g_object_set (item, "area", area, "title", title, "quarters", quarters,
                "plan-status", plan_status, NULL);
  g_assert_true (trygg_actionplan_item_save (item, db, &error));
  g_assert_no_error (error);
  g_assert_cmpint (trygg_actionplan_item_get_id (item), >, 0);
  g_assert_cmpint (trygg_actionplan_item_get_action_id (item), >, 0);
  return item;
}

/* What the Actions page does: load the action, change it, save it. */
static void
tracker_set (TryggDatabase *db,
             gint64         action_id,
             const char    *property,
             const char    *value)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TryggEntity) action = trygg_entity_load (db, TRYGG_TYPE_ACTION, action_id, &error);

  g_assert_no_error (error);
  g_object_set (action, property, value, NULL);
  g_assert_true (trygg_entity_save (action, db, &error));
  g_assert_no_error (error);
}

static void
test_quarters (void)
{
  g_autofree char *one = trygg_actionplan_quarters_to_string (1);
  g_autofree char *some = trygg_actionplan_quarters_to_string (1 | 4);
  g_autofree char *all = trygg_actionplan_quarters_to_string (15);
  g_autofree char *due = trygg_actionplan_due_quarter (2026, 2 | 4);
  g_autofree char *none = trygg_actionplan_due_quarter (2026, 0);

  g_assert_cmpstr (one, ==, "Q1");
  g_assert_cmpstr (some, ==, "Q1, Q3");
  g_assert_cmpstr (all, ==, "Q1, Q2, Q3, Q4");
  g_assert_cmpstr (due, ==, "2026-Q3");
  g_assert_null (none);
  g_assert_cmpuint (trygg_actionplan_quarter_first (4 | 8), ==, 3);
  g_assert_cmpuint (trygg_actionplan_quarter_last (1 | 2), ==, 2);
  g_assert_cmpuint (trygg_actionplan_quarter_first (0), ==, 0);
}

static void
test_due_text (void)
{
  g_autoptr(TryggActionplanItem) item = trygg_actionplan_item_new (2026);
  g_autoptr(GDateTime) end = g_date_time_new_local (2026, 9, 30, 0, 0, 0);
  g_autofree char *date = g_date_time_format (end, "%x");
  g_autofree char *expected = g_strdup_printf ("By %s, the end of Q3. Also listed in Actions.",
                                               date);
  g_autofree char *text = NULL;
  g_autofree char *late = NULL;

  g_object_set (item, "quarters", 2 | 4, NULL);
  text = trygg_actionplan_due_text (item);
  g_assert_cmpstr (text, ==, expected);
  g_object_set (item, "late", TRUE, NULL);
  late = trygg_actionplan_due_text (item);
  g_assert_true (g_str_has_prefix (late, "Late: was due by "));
}

static void
test_status_mapping (void)
{
  g_assert_cmpstr (trygg_actionplan_status_to_action ("partly_started"), ==, "in_progress");
  g_assert_cmpstr (trygg_actionplan_status_to_action ("in_progress"), ==, "in_progress");
  g_assert_cmpstr (trygg_actionplan_status_to_action ("postponed"), ==, "postponed");
  g_assert_cmpstr (trygg_actionplan_status_to_action ("done"), ==, "done");
  g_assert_cmpstr (trygg_actionplan_status_to_action ("not_started"), ==, "not_started");
  g_assert_cmpstr (trygg_actionplan_status_to_action ("cancelled"), ==, "cancelled");
  /* compatible: kept */
  g_assert_cmpstr (trygg_actionplan_status_from_action ("in_progress", "partly_started"), ==,
                   "partly_started");
  g_assert_cmpstr (trygg_actionplan_status_from_action ("done", "in_progress"), ==, "done");
  g_assert_cmpstr (trygg_actionplan_status_from_action ("in_progress", "not_started"), ==,
                   "in_progress");
  g_assert_cmpstr (trygg_actionplan_status_label ("postponed"), ==, "Postponed to next year");
}

static void
test_create (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(TryggActionplanItem) item = add_item (f->db, 2026, "Network", "Segment the network",
                                                  2 | 4, "partly_started");
  gint64 action_id = trygg_actionplan_item_get_action_id (item);

  assert_action_text (f->db, "source_plugin", action_id, "actionplan");
  assert_action_text (f->db, "source_uuid", action_id, trygg_actionplan_item_get_uuid (item));
  assert_action_text (f->db, "title", action_id, "Segment the network");
  assert_action_text (f->db, "due_quarter", action_id, "2026-Q3");
  assert_action_text (f->db, "due_sort", action_id, "2026-09-30");
  assert_action_text (f->db, "status", action_id, "in_progress");
  g_assert_cmpint (query_int (f->db, "SELECT count(*) FROM action", 0), ==, 1);
  g_assert_cmpint (query_int (f->db, "SELECT count(*) FROM actionplan_item", 0), ==, 1);
  /* searchable as an action plan item */
  g_assert_cmpint (query_int (f->db, "SELECT count(*) FROM search_doc "
                              "WHERE kind = 'actionplan_item'", 0), ==, 1);
}

static void
test_edit_updates_action (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TryggActionplanItem) item = add_item (f->db, 2026, "IT security", "Phishing drill",
                                                  1, "not_started");
  gint64 action_id = trygg_actionplan_item_get_action_id (item);
  g_autofree char *today = NULL;

  g_object_set (item, "plan-status", "postponed", "quarters", 1 | 8, "title", "Phishing test",
                NULL);
  g_assert_true (trygg_actionplan_item_save (item, f->db, &error));
  g_assert_no_error (error);
  assert_action_text (f->db, "status", action_id, "postponed");
  assert_action_text (f->db, "due_quarter", action_id, "2026-Q4");
  assert_action_text (f->db, "title", action_id, "Phishing test");
  assert_action_text (f->db, "completed_on", action_id, NULL);

  g_object_set (item, "plan-status", "done", NULL);
  g_assert_true (trygg_actionplan_item_save (item, f->db, &error));
  assert_action_text (f->db, "status", action_id, "done");
  today = query_text (f->db, "SELECT date('now', 'localtime')", 0);
  assert_action_text (f->db, "completed_on", action_id, today);

  /* the ids stay; no second pair of rows */
  g_assert_cmpint (query_int (f->db, "SELECT count(*) FROM action", 0), ==, 1);
  g_assert_cmpint (trygg_actionplan_item_get_action_id (item), ==, action_id);
}

static void
test_tracker_maps_back (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TryggActionplanItem) item = add_item (f->db, 2026, "Network", "New firewall",
                                                  2, "partly_started");
  g_autoptr(TryggActionplanItem) loaded = NULL;
  gint64 id = trygg_actionplan_item_get_id (item);
  gint64 action_id = trygg_actionplan_item_get_action_id (item);

  /* an edit in the tracker that keeps the status keeps "partly started" */
  tracker_set (f->db, action_id, "title", "New firewall in the town hall");
  assert_plan_status (f->db, id, "partly_started");
  loaded = trygg_actionplan_load (f->db, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (trygg_actionplan_item_get_title (loaded), ==, "New firewall in the town hall");

  tracker_set (f->db, action_id, "status", "done");
  assert_plan_status (f->db, id, "done");
  tracker_set (f->db, action_id, "status", "in_progress");
  assert_plan_status (f->db, id, "in_progress");
  tracker_set (f->db, action_id, "status", "postponed");
  assert_plan_status (f->db, id, "postponed");
  tracker_set (f->db, action_id, "status", "cancelled");
  assert_plan_status (f->db, id, "cancelled");
  tracker_set (f->db, action_id, "status", "not_started");
  assert_plan_status (f->db, id, "not_started");

  /* a due quarter moved in the tracker moves the item's last quarter */
  tracker_set (f->db, action_id, "due-quarter", "2026-Q4");
  g_assert_cmpint (query_int (f->db, "SELECT quarters FROM actionplan_item WHERE id = ?", id),
                   ==, 2 | 8);
  tracker_set (f->db, action_id, "due-quarter", "2026-Q3");
  g_assert_cmpint (query_int (f->db, "SELECT quarters FROM actionplan_item WHERE id = ?", id),
                   ==, 2 | 4);
  tracker_set (f->db, action_id, "due-quarter", "2027-Q1");
  g_assert_cmpint (query_int (f->db, "SELECT quarters FROM actionplan_item WHERE id = ?", id),
                   ==, 1);
  g_assert_cmpint (query_int (f->db, "SELECT year FROM actionplan_item WHERE id = ?", id),
                   ==, 2027);
}

static void
test_delete_and_undo (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TryggActionplanItem) item = add_item (f->db, 2026, "Network", "Replace switches",
                                                  1 | 2, "in_progress");
  g_autoptr(TryggActionplanItem) other = add_item (f->db, 2026, "Network", "Wi-Fi survey",
                                                   4, "not_started");
  g_autoptr(TryggActionplanItem) back = NULL;
  gint64 first = 0, last = 0;

  g_assert_true (trygg_actionplan_item_delete (item, f->db, &first, &last, &error));
  g_assert_no_error (error);
  g_assert_cmpint (query_int (f->db, "SELECT count(*) FROM actionplan_item", 0), ==, 1);
  g_assert_cmpint (query_int (f->db, "SELECT count(*) FROM action", 0), ==, 1);
  g_assert_cmpint (last, >=, first);

  g_assert_true (trygg_database_revert_changes (f->db, first, last, &error));
  g_assert_no_error (error);
  back = trygg_actionplan_load (f->db, trygg_actionplan_item_get_id (item), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (trygg_actionplan_item_get_title (back), ==, "Replace switches");
  g_assert_cmpstr (trygg_actionplan_item_get_plan_status (back), ==, "in_progress");
  g_assert_cmpuint (trygg_actionplan_item_get_quarters (back), ==, 1 | 2);
  g_assert_cmpint (trygg_actionplan_item_get_action_id (back), ==,
                   trygg_actionplan_item_get_action_id (item));

  /* deleting the action in the tracker deletes the item (cascade) … */
  g_assert_true (trygg_database_begin (f->db, &error));
  g_assert_true (trygg_database_exec (f->db, "DELETE FROM action WHERE title = 'Wi-Fi survey'",
                                      &error));
  g_assert_true (trygg_database_commit (f->db, &error));
  g_assert_no_error (error);
  g_assert_cmpint (query_int (f->db, "SELECT count(*) FROM actionplan_item WHERE id = ?",
                              trygg_actionplan_item_get_id (other)), ==, 0);

  /* … and deleting the item deletes its action */
  g_assert_true (trygg_database_begin (f->db, &error));
  g_assert_true (trygg_database_exec (f->db, "DELETE FROM actionplan_item", &error));
  g_assert_true (trygg_database_commit (f->db, &error));
  g_assert_no_error (error);
  g_assert_cmpint (query_int (f->db, "SELECT count(*) FROM action", 0), ==, 0);
}

static void
test_list_order (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) items = NULL;
  const char *expected[] = { "Risk workshop", "Policy review", "Firewall", "Wi-Fi", "Loose end" };

  g_object_unref (add_item (f->db, 2026, "Network", "Wi-Fi", 4 | 8, "not_started"));
  g_object_unref (add_item (f->db, 2026, "", "Loose end", 1, "not_started"));
  g_object_unref (add_item (f->db, 2026, "Management and coordination", "Policy review", 2,
                            "done"));
  g_object_unref (add_item (f->db, 2025, "Network", "Last year's", 1, "done"));
  g_object_unref (add_item (f->db, 2026, "Network", "Firewall", 2 | 4, "in_progress"));
  g_object_unref (add_item (f->db, 2026, "Management and coordination", "Risk workshop", 1,
                            "not_started"));

  items = trygg_actionplan_list_year (f->db, 2026, "2026-05-01", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (items->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < items->len; i++)
    g_assert_cmpstr (trygg_actionplan_item_get_title (g_ptr_array_index (items, i)), ==,
                     expected[i]);
  /* Q1 of 2026 has passed on 1 May: the two open Q1 items are late, not the done one */
  g_assert_true (trygg_actionplan_item_get_late (g_ptr_array_index (items, 0)));
  g_assert_false (trygg_actionplan_item_get_late (g_ptr_array_index (items, 1)));
  g_assert_false (trygg_actionplan_item_get_late (g_ptr_array_index (items, 2)));
  g_assert_true (trygg_actionplan_item_get_late (g_ptr_array_index (items, 4)));
}

static void
test_followup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(TryggPerson) person = trygg_person_new ();
  g_autoptr(TryggActionplanItem) item = NULL;
  guint counts[TRYGG_ACTIONPLAN_N_STATUSES];
  guint late = 0;
  const char * const *headers = trygg_actionplan_followup_headers ();
  char **row;

  g_object_set (person, "name", "Karin Lund", NULL);
  g_assert_true (trygg_entity_save (TRYGG_ENTITY (person), f->db, &error));
  item = add_item (f->db, 2026, "IT security", "Backup restore test", 1 | 2, "partly_started");
  g_object_set (item, "responsible-id", trygg_entity_get_id (TRYGG_ENTITY (person)),
                "status-comment", "Restore of the e-mail server remains", NULL);
  g_assert_true (trygg_actionplan_item_save (item, f->db, &error));
  g_assert_no_error (error);
  g_object_unref (add_item (f->db, 2026, "Network", "Firewall rules", 8, "done"));

  rows = trygg_actionplan_followup_rows (f->db, 2026, "2026-12-31", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length ((char **) headers), ==, 6);
  g_assert_cmpstr (headers[1], ==, "Activity");
  g_assert_cmpuint (rows->len, ==, 2);
  row = g_ptr_array_index (rows, 0);
  g_assert_cmpuint (g_strv_length (row), ==, 6);
  g_assert_cmpstr (row[0], ==, "IT security");
  g_assert_cmpstr (row[1], ==, "Backup restore test");
  g_assert_cmpstr (row[2], ==, "Q1, Q2");
  g_assert_cmpstr (row[3], ==, "Partly started (late)");
  g_assert_cmpstr (row[4], ==, "Karin Lund");
  g_assert_cmpstr (row[5], ==, "Restore of the e-mail server remains");
  row = g_ptr_array_index (rows, 1);
  g_assert_cmpstr (row[2], ==, "Q4");
  g_assert_cmpstr (row[3], ==, "Done");
  g_assert_cmpstr (row[4], ==, "");

  g_assert_cmpuint (trygg_actionplan_count_year (f->db, 2026, "2026-12-31", counts, &late), ==, 2);
  g_assert_cmpuint (counts[trygg_actionplan_status_index ("partly_started")], ==, 1);
  g_assert_cmpuint (counts[trygg_actionplan_status_index ("done")], ==, 1);
  g_assert_cmpuint (counts[trygg_actionplan_status_index ("not_started")], ==, 0);
  g_assert_cmpuint (late, ==, 1);
  g_assert_cmpuint (trygg_actionplan_count_year (f->db, 2027, NULL, counts, &late), ==, 0);
}

static void
test_failed_write_rolls_back (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TryggActionplanItem) item = add_item (f->db, 2026, "Network", "Firewall",
                                                  1, "not_started");
  g_autoptr(TryggActionplanItem) fresh = trygg_actionplan_item_new (2026);
  gint64 id = trygg_actionplan_item_get_id (item);
  gint64 changes = query_int (f->db, "SELECT count(*) FROM change_log", 0);

  /* the item row is written first, then the action fails (no such person): neither stays */
  g_object_set (item, "area", "Changed area", "plan-status", "done", "responsible-id",
                (gint64) 4242, NULL);
  g_assert_false (trygg_actionplan_item_save (item, f->db, &error));
  g_assert_error (error, TRYGG_DATABASE_ERROR, TRYGG_DATABASE_ERROR_CONSTRAINT);
  g_clear_error (&error);
  g_assert_cmpint (query_int (f->db, "SELECT count(*) FROM actionplan_item WHERE area = "
                              "'Network' AND plan_status = 'not_started' AND id = ?", id), ==, 1);
  assert_action_text (f->db, "status", trygg_actionplan_item_get_action_id (item), "not_started");
  g_assert_cmpint (query_int (f->db, "SELECT count(*) FROM change_log", 0), ==, changes);

  /* a new item whose action fails leaves no rows and gets no ids */
  g_object_set (fresh, "responsible-id", (gint64) 4242, NULL);
  g_assert_false (trygg_actionplan_item_save (fresh, f->db, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_cmpint (trygg_actionplan_item_get_id (fresh), ==, 0);
  g_assert_cmpint (query_int (f->db, "SELECT count(*) FROM action", 0), ==, 1);

  /* no quarter: refused before anything is written */
  g_object_set (fresh, "responsible-id", (gint64) 0, "quarters", 0u, NULL);
  g_assert_false (trygg_actionplan_item_save (fresh, f->db, &error));
  g_assert_error (error, TRYGG_DATABASE_ERROR, TRYGG_DATABASE_ERROR_INVALID);
  g_assert_cmpint (query_int (f->db, "SELECT count(*) FROM actionplan_item", 0), ==, 1);
}

static void
count_changes (GListModel *model,
               guint       position,
               guint       removed,
               guint       added,
               guint      *calls)
{
  (*calls)++;
}

static void
test_store_reload (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) store = g_list_store_new (TRYGG_TYPE_ACTIONPLAN_ITEM);
  g_autoptr(TryggActionplanItem) item = add_item (f->db, 2026, "Network", "Firewall", 1,
                                                  "not_started");
  g_autoptr(TryggActionplanItem) first = NULL;
  g_autoptr(TryggActionplanItem) again = NULL;
  guint calls = 0;

  trygg_actionplan_store_reload (store, f->db, 2026);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (store)), ==, 1);
  first = g_list_model_get_item (G_LIST_MODEL (store), 0);
  g_signal_connect (store, "items-changed", G_CALLBACK (count_changes), &calls);

  /* a change of the row updates the same object, without items-changed */
  tracker_set (f->db, trygg_actionplan_item_get_action_id (item), "status", "done");
  trygg_actionplan_store_reload (store, f->db, 2026);
  g_assert_cmpuint (calls, ==, 0);
  g_assert_cmpstr (trygg_actionplan_item_get_plan_status (first), ==, "done");

  g_object_unref (add_item (f->db, 2026, "Network", "Wi-Fi", 2, "not_started"));
  trygg_actionplan_store_reload (store, f->db, 2026);
  g_assert_cmpuint (calls, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (store)), ==, 2);
  again = g_list_model_get_item (G_LIST_MODEL (store), 0);
  g_assert_true (again == first);
  g_assert_no_error (error);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/actionplan/quarters", test_quarters);
  g_test_add_func ("/actionplan/status-mapping", test_status_mapping);
  g_test_add_func ("/actionplan/due-text", test_due_text);
#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/actionplan/create", test_create);
  ADD ("/actionplan/edit-updates-action", test_edit_updates_action);
  ADD ("/actionplan/tracker-maps-back", test_tracker_maps_back);
  ADD ("/actionplan/delete-and-undo", test_delete_and_undo);
  ADD ("/actionplan/list-order", test_list_order);
  ADD ("/actionplan/followup", test_followup);
  ADD ("/actionplan/failed-write-rolls-back", test_failed_write_rolls_back);
  ADD ("/actionplan/store-reload", test_store_reload);
#undef ADD
  return g_test_run ();
}
