/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The action plan plugin (handlingsplan / handlingsplan): the yearly plan of activities by
 * area and quarter, each also an action in the core tracker, and its follow-up report.
 *
 * One class, TryggActionplanAddin, gives everything through the extension points: its schema,
 * its page, its Overview card, its search kind, its reports and its part of the demo
 * municipality.
 */
#define G_LOG_DOMAIN "trygg-actionplan"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <libpeas/peas.h>

#include "trygg-ui.h"
#include "actionplan-card.h"
#include "actionplan-page.h"
#include "actionplan-report.h"

#define TRYGG_TYPE_ACTIONPLAN_ADDIN (trygg_actionplan_addin_get_type ())
G_DECLARE_FINAL_TYPE (TryggActionplanAddin, trygg_actionplan_addin, TRYGG, ACTIONPLAN_ADDIN,
                      GObject)

struct _TryggActionplanAddin
{
  GObject parent_instance;
};

static void schema_iface_init   (TryggSchemaExtensionInterface   *iface);
static void page_iface_init     (TryggPageExtensionInterface     *iface);
static void overview_iface_init (TryggOverviewExtensionInterface *iface);
static void search_iface_init   (TryggSearchExtensionInterface   *iface);
static void report_iface_init   (TryggReportExtensionInterface   *iface);
static void demo_iface_init     (TryggDemoExtensionInterface     *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (TryggActionplanAddin, trygg_actionplan_addin, G_TYPE_OBJECT,
  G_IMPLEMENT_INTERFACE (TRYGG_TYPE_SCHEMA_EXTENSION, schema_iface_init)
  G_IMPLEMENT_INTERFACE (TRYGG_TYPE_PAGE_EXTENSION, page_iface_init)
  G_IMPLEMENT_INTERFACE (TRYGG_TYPE_OVERVIEW_EXTENSION, overview_iface_init)
  G_IMPLEMENT_INTERFACE (TRYGG_TYPE_SEARCH_EXTENSION, search_iface_init)
  G_IMPLEMENT_INTERFACE (TRYGG_TYPE_REPORT_EXTENSION, report_iface_init)
  G_IMPLEMENT_INTERFACE (TRYGG_TYPE_DEMO_EXTENSION, demo_iface_init))

#define PAGE_ID "actionplan"
#define SEARCH_KIND "actionplan_item"

static void
trygg_actionplan_addin_class_init (TryggActionplanAddinClass *klass)
{
}

static void
trygg_actionplan_addin_init (TryggActionplanAddin *self)
{
}

/* schema */

static TryggSchemaSource
get_source (TryggSchemaExtension *self)
{
  TryggSchemaSource source = { "actionplan", "/io/github/trygg/Trygg/plugins/actionplan/sql" };
  return source;
}

static void
schema_iface_init (TryggSchemaExtensionInterface *iface)
{
  iface->get_source = get_source;
}

/* page */

static const char *
get_id (TryggPageExtension *self)
{
  return PAGE_ID;
}

static const char *
get_title (TryggPageExtension *self)
{
  return _("Action plan");
}

static const char *
get_icon_name (TryggPageExtension *self)
{
  return "x-office-calendar-symbolic";
}

static int
get_position (TryggPageExtension *self)
{
  return 70;
}

static GtkWidget *
create_page (TryggPageExtension *self,
             TryggDatabase      *db)
{
  return trygg_actionplan_page_new (db);
}

static gboolean
select_row (TryggPageExtension *self,
            GtkWidget          *page,
            const char         *uuid)
{
  return TRYGG_IS_ACTIONPLAN_PAGE (page) &&
         trygg_actionplan_page_select_uuid (TRYGG_ACTIONPLAN_PAGE (page), uuid);
}

static void
page_iface_init (TryggPageExtensionInterface *iface)
{
  iface->get_id = get_id;
  iface->get_title = get_title;
  iface->get_icon_name = get_icon_name;
  iface->get_position = get_position;
  iface->create_page = create_page;
  iface->select_row = select_row;
}

/* overview */

static GtkWidget *
create_card (TryggOverviewExtension *self,
             TryggDatabase          *db)
{
  return trygg_actionplan_card_new (db);
}

static void
overview_iface_init (TryggOverviewExtensionInterface *iface)
{
  iface->create_card = create_card;
}

/* search */

static const char *
get_kind_label (TryggSearchExtension *self,
                const char           *kind)
{
  return g_strcmp0 (kind, SEARCH_KIND) == 0 ? _("Action plan items") : NULL;
}

static const char *
get_page_for_kind (TryggSearchExtension *self,
                   const char           *kind)
{
  return g_strcmp0 (kind, SEARCH_KIND) == 0 ? PAGE_ID : NULL;
}

static void
search_iface_init (TryggSearchExtensionInterface *iface)
{
  iface->get_kind_label = get_kind_label;
  iface->get_page_for_kind = get_page_for_kind;
}

/* reports */

static const char *
get_report_id (TryggReportExtension *self)
{
  return "actionplan";
}

static const char *
get_report_title (TryggReportExtension *self)
{
  return _("Action plan follow-up");
}

static gboolean
write_report (TryggReportExtension  *self,
              TryggDatabase         *db,
              TryggPdfWriter        *writer,
              GVariantDict          *params,
              GError               **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  int year = g_date_time_get_year (now);

  g_variant_dict_lookup (params, "year", "i", &year);
  return trygg_actionplan_report_write (db, writer, year, FALSE, error);
}

static gboolean
write_yearly_section (TryggReportExtension  *self,
                      TryggDatabase         *db,
                      TryggPdfWriter        *writer,
                      int                    year,
                      GError               **error)
{
  return trygg_actionplan_report_write (db, writer, year, TRUE, error);
}

static void
report_iface_init (TryggReportExtensionInterface *iface)
{
  iface->get_report_id = get_report_id;
  iface->get_report_title = get_report_title;
  iface->write_report = write_report;
  iface->write_yearly_section = write_yearly_section;
}

/* demo: Exempelkommun's action plan, written by demo/make-demo.py */

static const char *
get_demo_resource (TryggDemoExtension *self)
{
  return "/io/github/trygg/Trygg/plugins/actionplan/demo/actionplan.json";
}

static void
demo_iface_init (TryggDemoExtensionInterface *iface)
{
  iface->get_demo_resource = get_demo_resource;
}

G_MODULE_EXPORT void peas_register_types (PeasObjectModule *module);

G_MODULE_EXPORT void
peas_register_types (PeasObjectModule *module)
{
  peas_object_module_register_extension_type (module, TRYGG_TYPE_SCHEMA_EXTENSION,
                                              TRYGG_TYPE_ACTIONPLAN_ADDIN);
  peas_object_module_register_extension_type (module, TRYGG_TYPE_PAGE_EXTENSION,
                                              TRYGG_TYPE_ACTIONPLAN_ADDIN);
  peas_object_module_register_extension_type (module, TRYGG_TYPE_OVERVIEW_EXTENSION,
                                              TRYGG_TYPE_ACTIONPLAN_ADDIN);
  peas_object_module_register_extension_type (module, TRYGG_TYPE_SEARCH_EXTENSION,
                                              TRYGG_TYPE_ACTIONPLAN_ADDIN);
  peas_object_module_register_extension_type (module, TRYGG_TYPE_REPORT_EXTENSION,
                                              TRYGG_TYPE_ACTIONPLAN_ADDIN);
  peas_object_module_register_extension_type (module, TRYGG_TYPE_DEMO_EXTENSION,
                                              TRYGG_TYPE_ACTIONPLAN_ADDIN);
}
