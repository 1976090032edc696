/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The action plan without GTK: plan statuses and how they map to the tracker's, quarter
 * helpers, and the reads and writes of plan items.
 *
 * A plan item is two rows: `actionplan_item` (area, year, quarters, plan status, status
 * comment) and its `action` in the core tracker (title, description, responsible, due
 * quarter = the item's last quarter, status = the plan status mapped). They are written
 * together in one transaction; the triggers of sql/001-actionplan.sql bring changes made to
 * the action elsewhere back to the item.
 */
#define G_LOG_DOMAIN "trygg-actionplan"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "actionplan-model.h"

const TryggActionplanStatus trygg_actionplan_statuses[] = {
  { "not_started", N_("Not started"), "not_started", "media-record-symbolic" },
  { "partly_started", N_("Partly started"), "in_progress", "content-loading-symbolic" },
  { "in_progress", N_("In progress"), "in_progress", "media-playback-start-symbolic" },
  { "done", N_("Done"), "done", "emblem-ok-symbolic" },
  { "postponed", N_("Postponed to next year"), "postponed", "media-seek-forward-symbolic" },
  { "cancelled", N_("Cancelled"), "cancelled", "process-stop-symbolic" },
  { NULL, NULL, NULL, NULL }
};

G_STATIC_ASSERT (G_N_ELEMENTS (trygg_actionplan_statuses) == TRYGG_ACTIONPLAN_N_STATUSES + 1);

/* The index of @plan_status in trygg_actionplan_statuses; an unknown one is "not started". */
guint
trygg_actionplan_status_index (const char *plan_status)
{
  for (guint i = 0; trygg_actionplan_statuses[i].value != NULL; i++)
    if (g_strcmp0 (trygg_actionplan_statuses[i].value, plan_status) == 0)
      return i;
  return 0;
}

const char *
trygg_actionplan_status_label (const char *plan_status)
{
  return _(trygg_actionplan_statuses[trygg_actionplan_status_index (plan_status)].label);
}

const char *
trygg_actionplan_status_icon (const char *plan_status)
{
  return trygg_actionplan_statuses[trygg_actionplan_status_index (plan_status)].icon_name;
}

/* The tracker status of an action whose plan item has @plan_status. */
const char *
trygg_actionplan_status_to_action (const char *plan_status)
{
  return trygg_actionplan_statuses[trygg_actionplan_status_index (plan_status)].action_status;
}

/**
 * trygg_actionplan_status_from_action:
 * @action_status: the status the action was given in the tracker
 * @plan_status: the item's plan status until then
 *
 * What the trigger `actionplan_action_status` does in SQL: the plan status is kept when it
 * already maps to @action_status (partly started and in progress are both "in progress"),
 * else it becomes @action_status, which is a plan status too.
 */
const char *
trygg_actionplan_status_from_action (const char *action_status,
                                     const char *plan_status)
{
  if (g_strcmp0 (trygg_actionplan_status_to_action (plan_status), action_status) == 0)
    return trygg_actionplan_statuses[trygg_actionplan_status_index (plan_status)].value;
  return trygg_actionplan_statuses[trygg_actionplan_status_index (action_status)].value;
}

/* The first quarter (1–4) in the bitmask @quarters (bit 0 = Q1), 0 for none. */
guint
trygg_actionplan_quarter_first (guint quarters)
{
  for (guint q = 1; q <= 4; q++)
    if (quarters & (1u << (q - 1)))
      return q;
  return 0;
}

guint
trygg_actionplan_quarter_last (guint quarters)
{
  for (guint q = 4; q >= 1; q--)
    if (quarters & (1u << (q - 1)))
      return q;
  return 0;
}

/* "Q1" … "Q4" as the user's language writes a quarter */
char *
trygg_actionplan_quarter_name (guint quarter)
{
  /* Translators: a quarter of the year, %u is 1 to 4; e.g. "Q1" (sv "K1" or "kv. 1") */
  return g_strdup_printf (_("Q%u"), quarter);
}

/* "Q1, Q3" */
char *
trygg_actionplan_quarters_to_string (guint quarters)
{
  GString *s = g_string_new (NULL);

  for (guint q = 1; q <= 4; q++)
    if (quarters & (1u << (q - 1)))
      {
        g_autofree char *name = trygg_actionplan_quarter_name (q);
        if (s->len > 0)
          /* Translators: between the quarters of an activity, "Q1, Q3" */
          g_string_append (s, _(", "));
        g_string_append (s, name);
      }
  return g_string_free (s, FALSE);
}

/* "2026-Q4": the tracker's due quarter of an item, its last quarter; NULL for none */
char *
trygg_actionplan_due_quarter (int   year,
                              guint quarters)
{
  guint last = trygg_actionplan_quarter_last (quarters);

  return last == 0 ? NULL : g_strdup_printf ("%04d-Q%u", year, last);
}

/* "By 30/09/2026, the end of Q3" (in the user's locale), or why it is late */
char *
trygg_actionplan_due_text (TryggActionplanItem *item)
{
  guint last = trygg_actionplan_quarter_last (trygg_actionplan_item_get_quarters (item));
  g_autoptr(GDateTime) end = NULL;
  g_autofree char *date = NULL;
  g_autofree char *quarter = NULL;

  if (last == 0)
    return g_strdup ("");
  end = g_date_time_new_local (trygg_actionplan_item_get_year (item), (int) last * 3,
                               last == 1 || last == 4 ? 31 : 30, 0, 0, 0);
  date = g_date_time_format (end, "%x");
  quarter = trygg_actionplan_quarter_name (last);
  if (trygg_actionplan_item_get_late (item))
    /* Translators: %s are a date and a quarter, "Q3" */
    return g_strdup_printf (_("Late: was due by %s, the end of %s"), date, quarter);
  /* Translators: %s are a date and a quarter, "Q3" */
  return g_strdup_printf (_("By %s, the end of %s. Also listed in Actions."), date, quarter);
}

/* The quarter (1–4) of today, local time; @year gets the year. */
guint
trygg_actionplan_current_quarter (int *year)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  if (year != NULL)
    *year = g_date_time_get_year (now);
  return (g_date_time_get_month (now) - 1) / 3 + 1;
}

static char *
today_string (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  return g_date_time_format (now, "%Y-%m-%d");
}

static void
set_if_changed (TryggEntity *entity,
                const char  *property,
                const char  *value,
                gboolean    *changed)
{
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (entity), property);
  g_auto(GValue) old = G_VALUE_INIT;

  g_object_get_property (G_OBJECT (entity), property, g_value_init (&old, pspec->value_type));
  if (g_strcmp0 (g_value_get_string (&old), value) != 0)
    {
      g_object_set (entity, property, value, NULL);
      *changed = TRUE;
    }
}

/* Brings the action's columns in line with @item; TRUE in @changed when one differed. */
static void
fill_action (TryggEntity         *action,
             TryggActionplanItem *item,
             gboolean            *changed)
{
  const char *plan_status = trygg_actionplan_item_get_plan_status (item);
  const char *status = trygg_actionplan_status_to_action (plan_status);
  g_autofree char *due = trygg_actionplan_due_quarter (trygg_actionplan_item_get_year (item),
                                                       trygg_actionplan_item_get_quarters (item));
  const char *completed = trygg_entity_get_string (action, "completed-on");
  g_autofree char *today = today_string ();
  gint64 responsible = trygg_actionplan_item_get_responsible_id (item);

  set_if_changed (action, "source-plugin", "actionplan", changed);
  set_if_changed (action, "source-uuid", trygg_actionplan_item_get_uuid (item), changed);
  set_if_changed (action, "title", trygg_actionplan_item_get_title (item), changed);
  set_if_changed (action, "description", trygg_actionplan_item_get_description (item), changed);
  set_if_changed (action, "due-quarter", due, changed);
  set_if_changed (action, "status", status, changed);
  /* the day it was done, kept while it stays done */
  if (g_str_equal (status, "done"))
    set_if_changed (action, "completed-on", *completed ? completed : today, changed);
  else
    set_if_changed (action, "completed-on", NULL, changed);
  if (trygg_entity_get_int64 (action, "responsible-id") != responsible)
    {
      g_object_set (action, "responsible-id", responsible, NULL);
      *changed = TRUE;
    }
}

static gboolean
validate (TryggActionplanItem  *item,
          GError              **error)
{
  guint quarters = trygg_actionplan_item_get_quarters (item);
  int year = trygg_actionplan_item_get_year (item);

  if (quarters < 1 || quarters > 15)
    {
      g_set_error (error, TRYGG_DATABASE_ERROR, TRYGG_DATABASE_ERROR_INVALID,
                   _("An activity needs at least one quarter. Nothing was saved."));
      return FALSE;
    }
  if (year < 1000 || year > 9999)
    {
      g_set_error (error, TRYGG_DATABASE_ERROR, TRYGG_DATABASE_ERROR_INVALID,
                   _("The year %d is not valid. Nothing was saved."), year);
      return FALSE;
    }
  return TRUE;
}

static gboolean
insert_rows (TryggActionplanItem  *item,
             TryggDatabase        *db,
             GError              **error)
{
  g_autoptr(TryggAction) action = trygg_action_new ();
  g_autofree char *now = trygg_database_now ();
  gboolean changed = FALSE;
  sqlite3_stmt *stmt;

  fill_action (TRYGG_ENTITY (action), item, &changed);
  if (!trygg_entity_write (TRYGG_ENTITY (action), db, error))
    return FALSE;

  stmt = trygg_database_prepare_cached (db,
      "INSERT INTO actionplan_item (uuid, created_at, updated_at, action_id, area, year, "
      "quarters, plan_status, status_comment) VALUES (?1, ?2, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
      error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, trygg_actionplan_item_get_uuid (item), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, now, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 3, trygg_entity_get_id (TRYGG_ENTITY (action)));
  sqlite3_bind_text (stmt, 4, trygg_actionplan_item_get_area (item), -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 5, trygg_actionplan_item_get_year (item));
  sqlite3_bind_int (stmt, 6, (int) trygg_actionplan_item_get_quarters (item));
  sqlite3_bind_text (stmt, 7, trygg_actionplan_item_get_plan_status (item), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 8, trygg_actionplan_item_get_status_comment (item), -1,
                     SQLITE_TRANSIENT);
  if (!trygg_database_step_done (db, stmt, error))
    return FALSE;
  trygg_actionplan_item_set_ids (item,
                                 sqlite3_last_insert_rowid (trygg_database_get_handle (db)),
                                 trygg_entity_get_id (TRYGG_ENTITY (action)));
  return TRUE;
}

static gboolean
update_rows (TryggActionplanItem  *item,
             TryggDatabase        *db,
             GError              **error)
{
  g_autoptr(TryggEntity) action = NULL;
  g_autofree char *now = trygg_database_now ();
  gboolean changed = FALSE;
  sqlite3_stmt *stmt;

  /* the item first: the action's triggers then find it already matching */
  stmt = trygg_database_prepare_cached (db,
      "UPDATE actionplan_item SET updated_at = ?1, area = ?2, year = ?3, quarters = ?4, "
      "plan_status = ?5, status_comment = ?6 WHERE id = ?7 AND "
      "(area, year, quarters, plan_status, status_comment) IS NOT (?2, ?3, ?4, ?5, ?6)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, now, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, trygg_actionplan_item_get_area (item), -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 3, trygg_actionplan_item_get_year (item));
  sqlite3_bind_int (stmt, 4, (int) trygg_actionplan_item_get_quarters (item));
  sqlite3_bind_text (stmt, 5, trygg_actionplan_item_get_plan_status (item), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 6, trygg_actionplan_item_get_status_comment (item), -1,
                     SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 7, trygg_actionplan_item_get_id (item));
  if (!trygg_database_step_done (db, stmt, error))
    return FALSE;

  /* a missing action means a missing item: it was deleted meanwhile */
  action = trygg_entity_load (db, TRYGG_TYPE_ACTION, trygg_actionplan_item_get_action_id (item),
                              error);
  if (action == NULL)
    return FALSE;
  fill_action (action, item, &changed);
  return !changed || trygg_entity_write (action, db, error);
}

/**
 * trygg_actionplan_item_save:
 *
 * Stores @item — its plan row and its action — in one transaction: both or neither. A new
 * item gets its ids; on failure it keeps none and @error says why in the user's language.
 */
gboolean
trygg_actionplan_item_save (TryggActionplanItem  *item,
                            TryggDatabase        *db,
                            GError              **error)
{
  gint64 id = trygg_actionplan_item_get_id (item);
  gint64 action_id = trygg_actionplan_item_get_action_id (item);
  gboolean ok;

  g_return_val_if_fail (TRYGG_IS_ACTIONPLAN_ITEM (item), FALSE);
  g_return_val_if_fail (TRYGG_IS_DATABASE (db), FALSE);

  if (!validate (item, error) || !trygg_database_begin (db, error))
    return FALSE;
  ok = id == 0 ? insert_rows (item, db, error) : update_rows (item, db, error);
  if (ok && trygg_database_commit (db, error))
    return TRUE;
  trygg_database_rollback (db);
  trygg_actionplan_item_set_ids (item, id, action_id);
  return FALSE;
}

/**
 * trygg_actionplan_item_delete:
 * @first_change: (out) (optional): for trygg_database_revert_changes()
 * @last_change: (out) (optional):
 *
 * Deletes the item's action; the item goes with it (ON DELETE CASCADE).
 */
gboolean
trygg_actionplan_item_delete (TryggActionplanItem  *item,
                              TryggDatabase        *db,
                              gint64               *first_change,
                              gint64               *last_change,
                              GError              **error)
{
  g_autoptr(TryggEntity) action = NULL;

  action = trygg_entity_load (db, TRYGG_TYPE_ACTION, trygg_actionplan_item_get_action_id (item),
                              error);
  return action != NULL &&
         trygg_entity_delete (action, db, first_change, last_change, error);
}

#define SELECT_ITEMS \
  "SELECT i.id, i.action_id, i.uuid, i.year, i.quarters, i.area, i.plan_status, " \
  "i.status_comment, a.title, a.description, coalesce(a.responsible_id, 0), " \
  "coalesce(p.name, ''), " \
  "i.plan_status IN ('not_started', 'partly_started', 'in_progress') AND a.due_sort < ?1 " \
  "FROM actionplan_item i JOIN action a ON a.id = i.action_id " \
  "LEFT JOIN person p ON p.id = a.responsible_id "

static TryggActionplanItem *
item_from_row (sqlite3_stmt *stmt)
{
  TryggActionplanItem *item;

#define TEXT(col) ((const char *) sqlite3_column_text (stmt, col))
  item = g_object_new (TRYGG_TYPE_ACTIONPLAN_ITEM,
                       "uuid", TEXT (2),
                       "year", sqlite3_column_int (stmt, 3),
                       "quarters", (guint) CLAMP (sqlite3_column_int (stmt, 4), 0, 15),
                       "area", TEXT (5),
                       "plan-status", TEXT (6),
                       "status-comment", TEXT (7),
                       "title", TEXT (8),
                       "description", TEXT (9),
                       "responsible-id", sqlite3_column_int64 (stmt, 10),
                       "responsible-name", TEXT (11),
                       "late", sqlite3_column_int (stmt, 12) != 0,
                       NULL);
#undef TEXT
  trygg_actionplan_item_set_ids (item, sqlite3_column_int64 (stmt, 0),
                                 sqlite3_column_int64 (stmt, 1));
  return item;
}

/* Returns: (transfer full): the item @id with its action's values, or %NULL with @error */
TryggActionplanItem *
trygg_actionplan_load (TryggDatabase  *db,
                       gint64          id,
                       GError        **error)
{
  g_autofree char *today = today_string ();
  sqlite3_stmt *stmt = trygg_database_prepare_cached (db, SELECT_ITEMS "WHERE i.id = ?2", error);
  TryggActionplanItem *item = NULL;
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, today, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    item = item_from_row (stmt);
  else if (rc == SQLITE_DONE)
    g_set_error (error, TRYGG_DATABASE_ERROR, TRYGG_DATABASE_ERROR_NOT_FOUND,
                 _("The activity no longer exists."));
  else
    trygg_database_set_error (db, error);
  sqlite3_reset (stmt);
  return item;
}

/* Areas in the user's collation, the activities without one last; then first quarter, title. */
static int
compare_items (gconstpointer a,
               gconstpointer b)
{
  TryggActionplanItem *x = *(TryggActionplanItem * const *) a;
  TryggActionplanItem *y = *(TryggActionplanItem * const *) b;
  const char *ax = trygg_actionplan_item_get_area (x), *ay = trygg_actionplan_item_get_area (y);
  int c;

  if ((*ax == '\0') != (*ay == '\0'))
    return *ax == '\0' ? 1 : -1;
  if ((c = g_utf8_collate (ax, ay)) != 0)
    return c;
  c = (int) trygg_actionplan_quarter_first (trygg_actionplan_item_get_quarters (x)) -
      (int) trygg_actionplan_quarter_first (trygg_actionplan_item_get_quarters (y));
  if (c != 0)
    return c;
  if ((c = g_utf8_collate (trygg_actionplan_item_get_title (x),
                           trygg_actionplan_item_get_title (y))) != 0)
    return c;
  return trygg_actionplan_item_get_id (x) < trygg_actionplan_item_get_id (y) ? -1 : 1;
}

/**
 * trygg_actionplan_list_year:
 * @today: (nullable): "YYYY-MM-DD", the day before which an open item is late; %NULL for today
 *
 * Returns: (transfer full) (element-type TryggActionplanItem): the items of @year's plan,
 *   by area, then first quarter, then title; %NULL with @error on a database error
 */
GPtrArray *
trygg_actionplan_list_year (TryggDatabase  *db,
                            int             year,
                            const char     *today,
                            GError        **error)
{
  g_autofree char *now = today_string ();
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt = trygg_database_prepare_cached (db, SELECT_ITEMS "WHERE i.year = ?2",
                                                      error);
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, today != NULL ? today : now, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 2, year);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (items, item_from_row (stmt));
  if (rc != SQLITE_DONE)
    {
      trygg_database_set_error (db, error);
      sqlite3_reset (stmt);
      return NULL;
    }
  sqlite3_reset (stmt);
  g_ptr_array_sort (items, compare_items);
  return g_steal_pointer (&items);
}

/**
 * trygg_actionplan_store_reload:
 * @store: a #GListStore of #TryggActionplanItem
 *
 * Makes @store hold @year's items. An item already in it is kept (the same object, updated
 * in place, so that what is bound to it stays), and only the range that differs is replaced.
 */
void
trygg_actionplan_store_reload (GListStore    *store,
                               TryggDatabase *db,
                               int            year)
{
  GListModel *model = G_LIST_MODEL (store);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) fresh = trygg_actionplan_list_year (db, year, NULL, &error);
  g_autoptr(GHashTable) old = NULL;
  guint n_old = g_list_model_get_n_items (model);
  guint prefix = 0, suffix = 0;

  if (fresh == NULL)
    {
      g_warning ("Cannot list the action plan %d: %s", year, error->message);
      return;
    }

  old = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  for (guint i = 0; i < n_old; i++)
    {
      TryggActionplanItem *item = g_list_model_get_item (model, i);
      gint64 *key = g_new (gint64, 1);

      *key = trygg_actionplan_item_get_id (item);
      g_hash_table_insert (old, key, item);
    }
  for (guint i = 0; i < fresh->len; i++)
    {
      TryggActionplanItem *item = g_ptr_array_index (fresh, i);
      gint64 id = trygg_actionplan_item_get_id (item);
      TryggActionplanItem *same = g_hash_table_lookup (old, &id);

      if (same != NULL)
        {
          trygg_actionplan_item_update_from (same, item);
          g_ptr_array_index (fresh, i) = g_object_ref (same);
          g_object_unref (item);
        }
    }

  for (; prefix < n_old && prefix < fresh->len; prefix++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, prefix);
      if (item != g_ptr_array_index (fresh, prefix))
        break;
    }
  for (; suffix < n_old - prefix && suffix < fresh->len - prefix; suffix++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, n_old - 1 - suffix);
      if (item != g_ptr_array_index (fresh, fresh->len - 1 - suffix))
        break;
    }
  if (prefix == n_old && prefix == fresh->len)
    return;
  g_list_store_splice (store, prefix, n_old - prefix - suffix,
                       fresh->pdata + prefix, fresh->len - prefix - suffix);
}

/* Where the item @uuid is: its @year and @id. FALSE when there is no such item. */
gboolean
trygg_actionplan_find_uuid (TryggDatabase *db,
                            const char    *uuid,
                            int           *year,
                            gint64        *id)
{
  sqlite3_stmt *stmt = trygg_database_prepare_cached (db,
      "SELECT year, id FROM actionplan_item WHERE uuid = ?", NULL);
  gboolean found;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
  found = sqlite3_step (stmt) == SQLITE_ROW;
  if (found)
    {
      *year = sqlite3_column_int (stmt, 0);
      *id = sqlite3_column_int64 (stmt, 1);
    }
  sqlite3_reset (stmt);
  return found;
}

/* Returns: (transfer full): the areas used in any year's plan, sorted, for completion */
GStrv
trygg_actionplan_list_areas (TryggDatabase *db)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  sqlite3_stmt *stmt = trygg_database_prepare_cached (db,
      "SELECT DISTINCT area FROM actionplan_item WHERE area != '' "
      "ORDER BY area COLLATE NOCASE", NULL);

  while (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    g_strv_builder_add (builder, (const char *) sqlite3_column_text (stmt, 0));
  if (stmt != NULL)
    sqlite3_reset (stmt);
  return g_strv_builder_end (builder);
}

/**
 * trygg_actionplan_count_year:
 * @today: (nullable): as for trygg_actionplan_list_year()
 * @counts: (array fixed-size=6) (out caller-allocates): the items per status, in the order of
 *   trygg_actionplan_statuses
 * @late: (out) (optional): the open items whose last quarter has passed
 *
 * Returns: the number of items in @year's plan
 */
guint
trygg_actionplan_count_year (TryggDatabase *db,
                             int            year,
                             const char    *today,
                             guint         *counts,
                             guint         *late)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) items = trygg_actionplan_list_year (db, year, today, &error);

  memset (counts, 0, sizeof (guint) * TRYGG_ACTIONPLAN_N_STATUSES);
  if (late != NULL)
    *late = 0;
  if (items == NULL)
    {
      g_warning ("Cannot count the action plan %d: %s", year, error->message);
      return 0;
    }
  for (guint i = 0; i < items->len; i++)
    {
      TryggActionplanItem *item = g_ptr_array_index (items, i);
      counts[trygg_actionplan_status_index (trygg_actionplan_item_get_plan_status (item))]++;
      if (late != NULL && trygg_actionplan_item_get_late (item))
        (*late)++;
    }
  return items->len;
}

/* Returns: (transfer none): the translated column titles of the follow-up table */
const char * const *
trygg_actionplan_followup_headers (void)
{
  static const char *headers[7];

  headers[0] = _("Area");
  headers[1] = _("Activity");
  headers[2] = _("Quarters");
  headers[3] = _("Status");
  headers[4] = _("Responsible");
  headers[5] = _("Status comment");
  headers[6] = NULL;
  return headers;
}

/* The columns' shares of the page width, for trygg_pdf_writer_table(). */
const double trygg_actionplan_followup_widths[] = { 0.16, 0.24, 0.11, 0.14, 0.14, 0.21 };

/**
 * trygg_actionplan_followup_rows:
 *
 * The yearly follow-up for management: each activity of @year's plan with its quarters,
 * status (and whether it is late), responsible person and status comment.
 *
 * Returns: (transfer full) (element-type GStrv): one row of six strings per item, in plan
 *   order; %NULL with @error on a database error
 */
GPtrArray *
trygg_actionplan_followup_rows (TryggDatabase  *db,
                                int             year,
                                const char     *today,
                                GError        **error)
{
  g_autoptr(GPtrArray) items = trygg_actionplan_list_year (db, year, today, error);
  GPtrArray *rows;

  if (items == NULL)
    return NULL;
  rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  for (guint i = 0; i < items->len; i++)
    {
      TryggActionplanItem *item = g_ptr_array_index (items, i);
      const char *plan_status = trygg_actionplan_item_get_plan_status (item);
      const char *status = trygg_actionplan_status_label (plan_status);
      char **row = g_new0 (char *, 7);

      row[0] = g_strdup (trygg_actionplan_item_get_area (item));
      row[1] = g_strdup (trygg_actionplan_item_get_title (item));
      row[2] = trygg_actionplan_quarters_to_string (trygg_actionplan_item_get_quarters (item));
      /* Translators: the status of an activity whose last quarter has passed */
      row[3] = trygg_actionplan_item_get_late (item) ? g_strdup_printf (_("%s (late)"), status)
                                                     : g_strdup (status);
      row[4] = g_strdup (trygg_actionplan_item_get_responsible_name (item));
      row[5] = g_strdup (trygg_actionplan_item_get_status_comment (item));
      g_ptr_array_add (rows, row);
    }
  return rows;
}
