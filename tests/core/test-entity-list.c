/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * TryggEntityList, the GListModel the pages show. Every items-changed it emits is applied to
 * a mirror of ids, as a GtkListView would apply it; the mirror must then equal the query, so
 * a wrong position or count fails the test. Committed changes only, in sort order, with the
 * filter, and one object per row while it is alive.
 */
#include "config.h"

#include "test-util.h"

typedef struct
{
  guint position;
  guint removed;
  guint added;
} Emission;

typedef struct
{
  GListModel *model;
  GArray     *mirror;     /* gint64 ids, kept only by applying the signals */
  GArray     *emissions;  /* Emission */
} Watch;

static void
on_items_changed (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  Watch      *watch)
{
  Emission emission = { position, removed, added };

  g_array_append_val (watch->emissions, emission);
  g_assert_cmpuint (position + removed, <=, watch->mirror->len);
  g_array_remove_range (watch->mirror, position, removed);
  for (guint i = 0; i < added; i++)
    {
      g_autoptr(TryggEntity) entity = g_list_model_get_item (model, position + i);
      gint64 id = trygg_entity_get_id (entity);

      g_assert_nonnull (entity);
      g_array_insert_val (watch->mirror, position + i, id);
    }
  g_assert_cmpuint (watch->mirror->len, ==, g_list_model_get_n_items (model));
}

static void
watch_init (Watch      *watch,
            GListModel *model)
{
  watch->model = model;
  watch->mirror = g_array_new (FALSE, FALSE, sizeof (gint64));
  watch->emissions = g_array_new (FALSE, FALSE, sizeof (Emission));
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(TryggEntity) entity = g_list_model_get_item (model, i);
      gint64 id = trygg_entity_get_id (entity);
      g_array_append_val (watch->mirror, id);
    }
  g_signal_connect (model, "items-changed", G_CALLBACK (on_items_changed), watch);
}

static void
watch_clear (Watch *watch)
{
  g_signal_handlers_disconnect_by_data (watch->model, watch);
  g_array_unref (watch->mirror);
  g_array_unref (watch->emissions);
}

/* Asserts the signals since the last call: @n of them, the last one as given. */
static void
assert_emitted (Watch *watch,
                guint  n,
                guint  position,
                guint  removed,
                guint  added)
{
  g_assert_cmpuint (watch->emissions->len, ==, n);
  if (n > 0)
    {
      Emission *last = &g_array_index (watch->emissions, Emission, n - 1);
      g_assert_cmpuint (last->position, ==, position);
      g_assert_cmpuint (last->removed, ==, removed);
      g_assert_cmpuint (last->added, ==, added);
    }
  g_array_set_size (watch->emissions, 0);
}

/* The mirror, the model and an independent query agree, row by row. */
static void
assert_rows (Watch         *watch,
             TryggDatabase *db,
             const char    *query,
             const char    *param,
             const char    *titles)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(sqlite3_stmt) stmt = trygg_database_prepare (db, query, &error);
  g_autoptr(GString) seen = g_string_new (NULL);
  guint n = g_list_model_get_n_items (watch->model);
  guint i = 0;

  g_assert_no_error (error);
  if (param != NULL)
    sqlite3_bind_text (stmt, 1, param, -1, SQLITE_TRANSIENT);
  g_assert_cmpuint (watch->mirror->len, ==, n);
  for (i = 0; sqlite3_step (stmt) == SQLITE_ROW; i++)
    {
      g_autoptr(TryggEntity) entity = NULL;

      g_assert_cmpuint (i, <, n);
      entity = g_list_model_get_item (watch->model, i);
      g_assert_cmpint (trygg_entity_get_id (entity), ==, sqlite3_column_int64 (stmt, 0));
      g_assert_cmpint (g_array_index (watch->mirror, gint64, i), ==,
                       sqlite3_column_int64 (stmt, 0));
      g_string_append_printf (seen, "%s%s", i ? "|" : "", trygg_entity_get_title (entity));
    }
  g_assert_cmpuint (i, ==, n);
  g_assert_null (g_list_model_get_item (watch->model, n));
  g_assert_cmpstr (seen->str, ==, titles);
}

#define ALL_BY_NAME "SELECT id FROM information_asset ORDER BY name COLLATE NOCASE, id"

static TryggAsset *
save_asset (TryggDatabase *db,
            const char    *name,
            gboolean       personal_data)
{
  TryggAsset *asset = trygg_asset_new ();

  g_object_set (asset, "name", name, "personal-data", personal_data, NULL);
  trygg_test_save (asset, db);
  return asset;
}

static void
test_inserts_and_deletes (TryggTestFixture *f,
                          gconstpointer     data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TryggEntityList) list = trygg_entity_list_new (f->db, TRYGG_TYPE_ASSET,
                                                           "name COLLATE NOCASE");
  g_autoptr(TryggAsset) bravo = NULL;
  g_autoptr(TryggAsset) alfa = NULL;
  g_autoptr(TryggAsset) charlie = NULL;
  g_autoptr(TryggAsset) delta = trygg_asset_new ();
  g_autoptr(TryggAsset) echo = trygg_asset_new ();
  g_autoptr(TryggAsset) foxtrot = trygg_asset_new ();
  g_autoptr(TryggAsset) golf = trygg_asset_new ();
  g_autoptr(TryggPerson) person = trygg_person_new ();
  Watch watch;

  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (list)) == TRYGG_TYPE_ASSET);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 0);
  watch_init (&watch, G_LIST_MODEL (list));

  bravo = save_asset (f->db, "Bravo", FALSE);
  assert_emitted (&watch, 1, 0, 0, 1);
  alfa = save_asset (f->db, "alfa", FALSE);
  assert_emitted (&watch, 1, 0, 0, 1);
  charlie = save_asset (f->db, "Charlie", FALSE);
  assert_emitted (&watch, 1, 2, 0, 1);
  assert_rows (&watch, f->db, ALL_BY_NAME, NULL, "alfa|Bravo|Charlie");

  /* nothing until the commit */
  TRYGG_ASSERT_OK (trygg_database_begin (f->db, &error), error);
  g_object_set (delta, "name", "Delta", NULL);
  TRYGG_ASSERT_OK (trygg_entity_write (TRYGG_ENTITY (delta), f->db, &error), error);
  assert_emitted (&watch, 0, 0, 0, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 3);
  TRYGG_ASSERT_OK (trygg_database_commit (f->db, &error), error);
  assert_emitted (&watch, 1, 3, 0, 1);
  assert_rows (&watch, f->db, ALL_BY_NAME, NULL, "alfa|Bravo|Charlie|Delta");

  /* nothing at all for a rolled-back transaction */
  TRYGG_ASSERT_OK (trygg_database_begin (f->db, &error), error);
  g_object_set (echo, "name", "Echo", NULL);
  TRYGG_ASSERT_OK (trygg_entity_write (TRYGG_ENTITY (echo), f->db, &error), error);
  trygg_database_rollback (f->db);
  assert_emitted (&watch, 0, 0, 0, 0);
  assert_rows (&watch, f->db, ALL_BY_NAME, NULL, "alfa|Bravo|Charlie|Delta");

  /* two rows in one transaction: one signal that covers both */
  TRYGG_ASSERT_OK (trygg_database_begin (f->db, &error), error);
  g_object_set (foxtrot, "name", "Foxtrot", NULL);
  g_object_set (golf, "name", "Able", NULL);
  TRYGG_ASSERT_OK (trygg_entity_write (TRYGG_ENTITY (foxtrot), f->db, &error), error);
  TRYGG_ASSERT_OK (trygg_entity_write (TRYGG_ENTITY (golf), f->db, &error), error);
  TRYGG_ASSERT_OK (trygg_database_commit (f->db, &error), error);
  g_assert_cmpuint (watch.emissions->len, ==, 1);
  g_array_set_size (watch.emissions, 0);
  assert_rows (&watch, f->db, ALL_BY_NAME, NULL, "Able|alfa|Bravo|Charlie|Delta|Foxtrot");

  /* delete */
  TRYGG_ASSERT_OK (trygg_entity_delete (TRYGG_ENTITY (bravo), f->db, NULL, NULL, &error), error);
  assert_emitted (&watch, 1, 2, 1, 0);
  assert_rows (&watch, f->db, ALL_BY_NAME, NULL, "Able|alfa|Charlie|Delta|Foxtrot");

  /* a rename that moves the row keeps the order */
  g_object_set (charlie, "name", "Aaron", NULL);
  trygg_test_save (charlie, f->db);
  g_assert_cmpuint (watch.emissions->len, ==, 1);
  g_array_set_size (watch.emissions, 0);
  assert_rows (&watch, f->db, ALL_BY_NAME, NULL, "Aaron|Able|alfa|Delta|Foxtrot");

  /* another table's rows are not ours */
  g_object_set (person, "name", "Kari Nordmann", NULL);
  trygg_test_save (person, f->db);
  assert_emitted (&watch, 0, 0, 0, 0);

  g_assert_cmpuint (trygg_entity_list_find (list, trygg_entity_get_id (TRYGG_ENTITY (delta))),
                    ==, 3);
  g_assert_cmpuint (trygg_entity_list_find (list, trygg_entity_get_id (TRYGG_ENTITY (bravo))),
                    ==, G_MAXUINT);

  watch_clear (&watch);
}

static void
test_filter (TryggTestFixture *f,
             gconstpointer     data)
{
  g_autoptr(TryggEntityList) list = trygg_entity_list_new (f->db, TRYGG_TYPE_ASSET, "name");
  g_autoptr(TryggAsset) a = save_asset (f->db, "Elevregister", TRUE);
  g_autoptr(TryggAsset) b = save_asset (f->db, "Ekonomisystem", FALSE);
  g_autoptr(TryggAsset) c = save_asset (f->db, "Personalregister", TRUE);
  g_autoptr(TryggAsset) d = NULL;
  g_autoptr(TryggAsset) e = NULL;
  const char * const personal[] = { "1", NULL };
  const char * const registers[] = { "%register", NULL };
  Watch watch;

  watch_init (&watch, G_LIST_MODEL (list));
  assert_rows (&watch, f->db, "SELECT id FROM information_asset ORDER BY name", NULL,
               "Ekonomisystem|Elevregister|Personalregister");

  trygg_entity_list_set_filter (list, "personal_data = ?", personal);
  g_assert_cmpuint (watch.emissions->len, >=, 1);
  g_array_set_size (watch.emissions, 0);
  assert_rows (&watch, f->db, "SELECT id FROM information_asset WHERE personal_data = ? "
               "ORDER BY name", "1", "Elevregister|Personalregister");

  /* a new row that matches appears in its place; one that does not, does not */
  d = save_asset (f->db, "Hälsoregister", TRUE);
  assert_emitted (&watch, 1, 1, 0, 1);
  e = save_asset (f->db, "Ärendehantering", FALSE);
  assert_emitted (&watch, 0, 0, 0, 0);
  assert_rows (&watch, f->db, "SELECT id FROM information_asset WHERE personal_data = ? "
               "ORDER BY name", "1", "Elevregister|Hälsoregister|Personalregister");

  /* an edit that takes a row out of the filter removes it */
  g_object_set (a, "personal-data", FALSE, NULL);
  trygg_test_save (a, f->db);
  assert_emitted (&watch, 1, 0, 1, 0);
  assert_rows (&watch, f->db, "SELECT id FROM information_asset WHERE personal_data = ? "
               "ORDER BY name", "1", "Hälsoregister|Personalregister");

  trygg_entity_list_set_filter (list, "name LIKE ?", registers);
  g_array_set_size (watch.emissions, 0);
  assert_rows (&watch, f->db, "SELECT id FROM information_asset WHERE name LIKE ? "
               "ORDER BY name", "%register", "Elevregister|Hälsoregister|Personalregister");

  trygg_entity_list_set_filter (list, NULL, NULL);
  g_array_set_size (watch.emissions, 0);
  assert_rows (&watch, f->db, "SELECT id FROM information_asset ORDER BY name", NULL,
               "Ekonomisystem|Elevregister|Hälsoregister|Personalregister|Ärendehantering");

  watch_clear (&watch);
}

static void
test_same_object (TryggTestFixture *f,
                  gconstpointer     data)
{
  g_autoptr(TryggEntityList) list = trygg_entity_list_new (f->db, TRYGG_TYPE_ASSET,
                                                           "name COLLATE NOCASE");
  g_autoptr(TryggAsset) m = save_asset (f->db, "Miljötillsyn", FALSE);
  g_autoptr(TryggAsset) z = save_asset (f->db, "Zonplaner", FALSE);
  g_autoptr(TryggAsset) a = NULL;
  TryggEntity *first = g_list_model_get_item (G_LIST_MODEL (list), 0);
  TryggEntity *again = g_list_model_get_item (G_LIST_MODEL (list), 0);
  TryggEntity *second = g_list_model_get_item (G_LIST_MODEL (list), 1);
  TryggEntity *moved = NULL;
  TryggEntity *fresh = NULL;
  gint64 first_id = trygg_entity_get_id (first);

  g_assert_nonnull (first);
  g_assert_true (first == again);
  g_assert_true (first != second);
  g_assert_cmpstr (trygg_entity_get_title (first), ==, "Miljötillsyn");
  g_assert_cmpint (first_id, ==, trygg_entity_get_id (TRYGG_ENTITY (m)));
  g_object_unref (again);

  /* an edit through the shared object is what the list shows */
  g_object_set (first, "description", "Tillsyn enligt miljöbalken", NULL);
  trygg_test_save (first, f->db);

  /* a row inserted before it moves it, it stays the same object */
  a = save_asset (f->db, "Avfallsregister", FALSE);
  moved = g_list_model_get_item (G_LIST_MODEL (list), 1);
  g_assert_true (moved == first);
  g_assert_cmpstr (trygg_entity_get_string (moved, "description"), ==,
                   "Tillsyn enligt miljöbalken");
  g_object_unref (moved);

  /* once nobody holds it, it is let go, and the next one is loaded afresh */
  g_object_add_weak_pointer (G_OBJECT (first), (gpointer *) &first);
  g_object_unref (first);
  g_assert_null (first);
  fresh = g_list_model_get_item (G_LIST_MODEL (list), 1);
  g_assert_cmpint (trygg_entity_get_id (fresh), ==, first_id);
  g_assert_cmpstr (trygg_entity_get_string (fresh, "description"), ==,
                   "Tillsyn enligt miljöbalken");
  g_object_unref (fresh);
  g_object_unref (second);
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              guint      *count)
{
  (*count)++;
}

/* A row updated in place keeps its position, so no items-changed: the object the list shows
 * must still show the new values, whoever wrote them. */
static void
test_update_in_place (TryggTestFixture *f,
                      gconstpointer     data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TryggEntityList) list = trygg_entity_list_new (f->db, TRYGG_TYPE_ACTION, "title");
  g_autoptr(TryggAction) action = trygg_action_new ();
  g_autoptr(TryggEntity) shown = NULL;
  g_autoptr(TryggEntity) elsewhere = NULL;
  guint notified = 0;
  gint64 mark;

  g_object_set (action, "title", "Införa loggranskning", NULL);
  trygg_test_save (action, f->db);
  shown = g_list_model_get_item (G_LIST_MODEL (list), 0);
  g_assert_cmpstr (trygg_entity_get_string (shown, "status"), ==, "not_started");
  g_signal_connect (shown, "notify::status", G_CALLBACK (count_notify), &notified);

  /* e.g. a plugin closes the action through its own object */
  elsewhere = trygg_entity_load_by_uuid (f->db, TRYGG_TYPE_ACTION,
                                         trygg_entity_get_uuid (shown), &error);
  g_assert_no_error (error);
  g_assert_true (elsewhere != shown);
  mark = trygg_database_last_change_id (f->db);
  g_object_set (elsewhere, "status", "done", "completed-on", "2025-03-01", NULL);
  trygg_test_save (elsewhere, f->db);
  g_assert_cmpstr (trygg_entity_get_string (shown, "status"), ==, "done");
  g_assert_cmpstr (trygg_entity_get_string (shown, "completed-on"), ==, "2025-03-01");
  g_assert_cmpuint (notified, ==, 1);

  /* and an Undo of that edit */
  TRYGG_ASSERT_OK (trygg_database_revert_changes (f->db, mark + 1,
                                                  trygg_database_last_change_id (f->db), &error),
                   error);
  g_assert_cmpstr (trygg_entity_get_string (shown, "status"), ==, "not_started");
  g_assert_cmpuint (notified, ==, 2);
}

static void
test_undo_delete (TryggTestFixture *f,
                  gconstpointer     data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TryggEntityList) list = trygg_entity_list_new (f->db, TRYGG_TYPE_ASSET,
                                                           "name COLLATE NOCASE");
  g_autoptr(TryggAsset) a = save_asset (f->db, "Arkiv", FALSE);
  g_autoptr(TryggAsset) b = save_asset (f->db, "Bygglov", FALSE);
  g_autoptr(TryggAsset) c = save_asset (f->db, "Cykelvägar", FALSE);
  gint64 first = 0, last = 0;
  Watch watch;

  watch_init (&watch, G_LIST_MODEL (list));
  TRYGG_ASSERT_OK (trygg_entity_delete (TRYGG_ENTITY (b), f->db, &first, &last, &error), error);
  assert_emitted (&watch, 1, 1, 1, 0);

  TRYGG_ASSERT_OK (trygg_database_revert_changes (f->db, first, last, &error), error);
  assert_emitted (&watch, 1, 1, 0, 1);
  assert_rows (&watch, f->db, ALL_BY_NAME, NULL, "Arkiv|Bygglov|Cykelvägar");

  watch_clear (&watch);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, TryggTestFixture, NULL, trygg_test_fixture_setup_open, func, \
              trygg_test_fixture_teardown)

  ADD ("/entity-list/inserts-and-deletes", test_inserts_and_deletes);
  ADD ("/entity-list/filter", test_filter);
  ADD ("/entity-list/same-object", test_same_object);
  ADD ("/entity-list/update-in-place", test_update_in_place);
  ADD ("/entity-list/undo-delete", test_undo_delete);

#undef ADD

  return g_test_run ();
}
