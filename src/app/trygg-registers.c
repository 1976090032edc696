/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The core registers: what each list shows and what its detail form edits.
 */
#define G_LOG_DOMAIN "trygg-registers"

#include "config.h"

#include <glib/gi18n.h>

#include "trygg-registers.h"

static const TryggChoice unit_kinds[] = {
  { "municipality", N_("Municipality") },
  { "county", N_("County council or county municipality") },
  { "committee", N_("Committee") },
  { "administration", N_("Administration") },
  { "operation", N_("Operation") },
  { "company", N_("Municipal company") },
  { NULL, NULL }
};

static const TryggChoice lifecycles[] = {
  { "planned", N_("Planned") },
  { "production", N_("In production") },
  { "retired", N_("Retired") },
  { NULL, NULL }
};

const TryggChoice trygg_action_statuses[] = {
  { "not_started", N_("Not started") },
  { "in_progress", N_("In progress") },
  { "done", N_("Done") },
  { "postponed", N_("Postponed") },
  { "cancelled", N_("Cancelled") },
  { NULL, NULL }
};

/* The name of the row @id of @table, or NULL. */
static const char *
name_of (TryggDatabase *db,
         const char    *table,
         gint64         id)
{
  g_autofree char *sql = g_strdup_printf ("SELECT name FROM \"%s\" WHERE id = ?", table);
  sqlite3_stmt *stmt;
  static char *last = NULL;

  if (id == 0 || (stmt = trygg_database_prepare_cached (db, sql, NULL)) == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  g_clear_pointer (&last, g_free);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    last = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);
  return last;
}

/* Joins the non-empty parts with " · " */
static char *
join_parts (const char *first,
            ...)
{
  GString *s = g_string_new (NULL);
  va_list args;

  va_start (args, first);
  for (const char *part = first; part != (const char *) 1; part = va_arg (args, const char *))
    if (part != NULL && *part != '\0')
      {
        if (s->len)
          g_string_append (s, " · ");
        g_string_append (s, part);
      }
  va_end (args);
  return g_string_free (s, FALSE);
}
#define END ((const char *) 1)

/* A date as the user's locale writes it. */
char *
trygg_registers_format_date (const char *iso_date)
{
  int y, m, d;
  g_autoptr(GDateTime) dt = NULL;

  if (iso_date == NULL || sscanf (iso_date, "%d-%d-%d", &y, &m, &d) != 3)
    return g_strdup (iso_date ? iso_date : "");
  dt = g_date_time_new_local (y, m, d, 0, 0, 0);
  return dt != NULL ? g_date_time_format (dt, "%x") : g_strdup (iso_date);
}

static char *
asset_subtitle (TryggEntity   *e,
                TryggDatabase *db)
{
  g_autofree char *unit = g_strdup (name_of (db, "org_unit",
                                             trygg_entity_get_int64 (e, "unit-id")));
  const char *owner = name_of (db, "person", trygg_entity_get_int64 (e, "owner-id"));

  return join_parts (unit, owner, END);
}

static char *
system_subtitle (TryggEntity   *e,
                 TryggDatabase *db)
{
  return join_parts (trygg_choice_label (lifecycles, trygg_entity_get_string (e, "lifecycle")),
                     name_of (db, "person", trygg_entity_get_int64 (e, "owner-id")), END);
}

static char *
unit_subtitle (TryggEntity   *e,
               TryggDatabase *db)
{
  const char *parent = name_of (db, "org_unit", trygg_entity_get_int64 (e, "parent-id"));
  g_autofree char *part_of = parent ? g_strdup_printf (_("part of %s"), parent) : NULL;

  return join_parts (trygg_choice_label (unit_kinds, trygg_entity_get_string (e, "kind")),
                     trygg_entity_get_int64 (e, "is-controller") ? _("Controller") : NULL,
                     part_of, END);
}

static char *
person_subtitle (TryggEntity   *e,
                 TryggDatabase *db)
{
  return join_parts (trygg_entity_get_string (e, "role"),
                     name_of (db, "org_unit", trygg_entity_get_int64 (e, "unit-id")), END);
}

static char *
process_subtitle (TryggEntity   *e,
                  TryggDatabase *db)
{
  return join_parts (name_of (db, "org_unit", trygg_entity_get_int64 (e, "unit-id")), END);
}

static char *
supplier_subtitle (TryggEntity   *e,
                   TryggDatabase *db)
{
  return join_parts (trygg_entity_get_string (e, "org-number"),
                     trygg_entity_get_string (e, "contact-name"), END);
}

static char *
action_subtitle (TryggEntity   *e,
                 TryggDatabase *db)
{
  const char *date = trygg_entity_get_string (e, "due-date");
  const char *quarter = trygg_entity_get_string (e, "due-quarter");
  const char *status = trygg_entity_get_string (e, "status");
  gint64 responsible = trygg_entity_get_int64 (e, "responsible-id");
  g_autofree char *due = *date ? trygg_registers_format_date (date) : g_strdup (quarter);

  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  const char *sort = *date ? date : NULL;
  g_autofree char *quarter_end = NULL;
  gboolean open = !g_str_equal (status, "done") && !g_str_equal (status, "cancelled");

  if (sort == NULL && strlen (quarter) == 7)
    {
      static const char *ends[] = { "-03-31", "-06-30", "-09-30", "-12-31" };
      quarter_end = g_strdup_printf ("%.4s%s", quarter, ends[(quarter[6] - '1') & 3]);
      sort = quarter_end;
    }
  /* late is said in words, not only by colour */
  return join_parts (open && sort != NULL && strcmp (sort, today) < 0 ? _("Overdue") : NULL,
                     trygg_choice_label (trygg_action_statuses, status), due,
                     name_of (db, "person", responsible), END);
}

static const TryggField asset_fields[] = {
  { "name", N_("Name"), TRYGG_FIELD_TEXT },
  { "unit-id", N_("Unit"), TRYGG_FIELD_REFERENCE, NULL, trygg_unit_get_type },
  { "owner-id", N_("Information owner"), TRYGG_FIELD_REFERENCE, NULL, trygg_person_get_type },
  { "personal-data", N_("Holds personal data"), TRYGG_FIELD_BOOLEAN },
  { "description", N_("Description"), TRYGG_FIELD_MULTILINE },
  { "systems", N_("Systems that hold it"), TRYGG_FIELD_LINKS, NULL, trygg_system_get_type,
    &trygg_link_asset_system, TRUE },
  { NULL }
};

static const TryggField system_fields[] = {
  { "name", N_("Name"), TRYGG_FIELD_TEXT },
  { "lifecycle", N_("Lifecycle"), TRYGG_FIELD_CHOICE, lifecycles },
  { "unit-id", N_("Unit"), TRYGG_FIELD_REFERENCE, NULL, trygg_unit_get_type },
  { "owner-id", N_("System owner"), TRYGG_FIELD_REFERENCE, NULL, trygg_person_get_type },
  { "supplier-id", N_("Supplier"), TRYGG_FIELD_REFERENCE, NULL, trygg_supplier_get_type },
  { "description", N_("Description"), TRYGG_FIELD_MULTILINE },
  { "assets", N_("Information assets it holds"), TRYGG_FIELD_LINKS, NULL, trygg_asset_get_type,
    &trygg_link_asset_system, FALSE },
  { NULL }
};

static const TryggField unit_fields[] = {
  { "name", N_("Name"), TRYGG_FIELD_TEXT },
  { "kind", N_("Kind"), TRYGG_FIELD_CHOICE, unit_kinds },
  { "parent-id", N_("Part of"), TRYGG_FIELD_REFERENCE, NULL, trygg_unit_get_type },
  { "is-controller", N_("Controller of personal data"), TRYGG_FIELD_BOOLEAN },
  { "description", N_("Description"), TRYGG_FIELD_MULTILINE },
  { NULL }
};

static const TryggField person_fields[] = {
  { "name", N_("Name"), TRYGG_FIELD_TEXT },
  { "role", N_("Role"), TRYGG_FIELD_TEXT },
  { "unit-id", N_("Unit"), TRYGG_FIELD_REFERENCE, NULL, trygg_unit_get_type },
  { "email", N_("Email"), TRYGG_FIELD_TEXT },
  { "phone", N_("Phone"), TRYGG_FIELD_TEXT },
  { "username", N_("User name on this computer (for “Mine”)"), TRYGG_FIELD_TEXT },
  { NULL }
};

static const TryggField process_fields[] = {
  { "name", N_("Name"), TRYGG_FIELD_TEXT },
  { "unit-id", N_("Unit"), TRYGG_FIELD_REFERENCE, NULL, trygg_unit_get_type },
  { "owner-id", N_("Process owner"), TRYGG_FIELD_REFERENCE, NULL, trygg_person_get_type },
  { "description", N_("Description"), TRYGG_FIELD_MULTILINE },
  { "assets", N_("Information assets it uses"), TRYGG_FIELD_LINKS, NULL, trygg_asset_get_type,
    &trygg_link_process_asset, TRUE },
  { "systems", N_("Systems it uses"), TRYGG_FIELD_LINKS, NULL, trygg_system_get_type,
    &trygg_link_process_system, TRUE },
  { NULL }
};

static const TryggField supplier_fields[] = {
  { "name", N_("Name"), TRYGG_FIELD_TEXT },
  { "org-number", N_("Organisation number"), TRYGG_FIELD_TEXT },
  { "contact-name", N_("Contact person"), TRYGG_FIELD_TEXT },
  { "email", N_("Email"), TRYGG_FIELD_TEXT },
  { "phone", N_("Phone"), TRYGG_FIELD_TEXT },
  { "description", N_("Description"), TRYGG_FIELD_MULTILINE },
  { NULL }
};

static const TryggField action_fields[] = {
  { "title", N_("Title"), TRYGG_FIELD_TEXT },
  { "status", N_("Status"), TRYGG_FIELD_CHOICE, trygg_action_statuses },
  { "responsible-id", N_("Responsible"), TRYGG_FIELD_REFERENCE, NULL, trygg_person_get_type },
  { "due-date", N_("Deadline (YYYY-MM-DD)"), TRYGG_FIELD_DATE },
  { "due-quarter", N_("Or quarter (YYYY-Q1 … Q4)"), TRYGG_FIELD_QUARTER },
  { "completed-on", N_("Completed on (YYYY-MM-DD)"), TRYGG_FIELD_DATE },
  { "description", N_("Description"), TRYGG_FIELD_MULTILINE },
  { NULL }
};

static const TryggRegisterKind assets = {
  trygg_asset_get_type, "name COLLATE NOCASE", asset_fields, asset_subtitle,
  N_("New information asset"), N_("Add Information Asset"), N_("Delete Information Asset"),
  N_("Filter information assets"), N_("No Information Assets"),
  N_("List the information your organisation handles — case files, pupil records, payroll "
     "data — with its owner, so that it can be classified and protected."),
  "folder-documents-symbolic", N_("“%s” was deleted"),
};

static const TryggRegisterKind systems = {
  trygg_system_get_type, "name COLLATE NOCASE", system_fields, system_subtitle,
  N_("New system"), N_("Add System"), N_("Delete System"), N_("Filter systems"),
  N_("No Systems"),
  N_("List the IT systems that hold your information, with their owners and suppliers."),
  "computer-symbolic", N_("“%s” was deleted"),
};

static const TryggRegisterKind units = {
  trygg_unit_get_type, "name COLLATE NOCASE", unit_fields, unit_subtitle,
  N_("New unit"), N_("Add Unit"), N_("Delete Unit"), N_("Filter units"), N_("No Units"),
  N_("Add the municipality, its committees, administrations and operations. Mark each "
     "committee that is a controller of personal data."),
  "system-users-symbolic", N_("“%s” was deleted"),
};

static const TryggRegisterKind persons = {
  trygg_person_get_type, "name COLLATE NOCASE", person_fields, person_subtitle,
  N_("New person"), N_("Add Person"), N_("Delete Person"), N_("Filter persons"), N_("No Persons"),
  N_("Add the information owners, system owners and others who are responsible for actions."),
  "avatar-default-symbolic", N_("“%s” was deleted"),
};

static const TryggRegisterKind processes = {
  trygg_process_get_type, "name COLLATE NOCASE", process_fields, process_subtitle,
  N_("New process"), N_("Add Process"), N_("Delete Process"), N_("Filter processes"),
  N_("No Processes"),
  N_("Add the business processes, such as admission to school or payment of wages, that use "
     "your information and systems."),
  "media-playlist-repeat-symbolic", N_("“%s” was deleted"),
};

static const TryggRegisterKind suppliers = {
  trygg_supplier_get_type, "name COLLATE NOCASE", supplier_fields, supplier_subtitle,
  N_("New supplier"), N_("Add Supplier"), N_("Delete Supplier"), N_("Filter suppliers"),
  N_("No Suppliers"), N_("Add the suppliers of your systems and services."),
  "emblem-shared-symbolic", N_("“%s” was deleted"),
};

static const TryggRegisterKind actions = {
  trygg_action_get_type, "due_sort IS NULL, due_sort, title COLLATE NOCASE", action_fields,
  action_subtitle, N_("New action"), N_("Add Action"), N_("Delete Action"),
  N_("Filter actions"), N_("No Actions"),
  N_("Every measure, corrective action and plan item is tracked here, whichever part of "
     "Trygg it comes from. Add one, or create them from the process pages."),
  "object-select-symbolic", N_("“%s” was deleted"),
};

GtkWidget *
trygg_registers_new_assets_page (TryggDatabase *db)
{
  return trygg_register_page_new (db, &assets);
}

GtkWidget *
trygg_registers_new_systems_page (TryggDatabase *db)
{
  return trygg_register_page_new (db, &systems);
}

GtkWidget *
trygg_registers_new_units_page (TryggDatabase *db)
{
  return trygg_register_page_new (db, &units);
}

GtkWidget *
trygg_registers_new_persons_page (TryggDatabase *db)
{
  return trygg_register_page_new (db, &persons);
}

GtkWidget *
trygg_registers_new_processes_page (TryggDatabase *db)
{
  return trygg_register_page_new (db, &processes);
}

GtkWidget *
trygg_registers_new_suppliers_page (TryggDatabase *db)
{
  return trygg_register_page_new (db, &suppliers);
}

GtkWidget *
trygg_registers_new_actions_page (TryggDatabase *db)
{
  return trygg_register_page_new (db, &actions);
}
