/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The classification plugin (informationsklassning / klassifisering): information owners
 * classify their information assets by confidentiality, integrity and availability, sign the
 * classification off and review it yearly; the requirements a profile calls for are followed
 * up, and systems inherit the levels of the information they hold.
 *
 * One class, TryggClassificationAddin, gives everything through the extension points: its
 * schema, its page, a section on the asset and system pages, its Preferences page, its
 * Overview card, its search kinds, its report and its part of the demo municipality.
 */
#define G_LOG_DOMAIN "trygg-classification"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <libpeas/peas.h>

#include "trygg-ui.h"
#include "classification-card.h"
#include "classification-model.h"
#include "classification-page.h"
#include "classification-preferences.h"
#include "classification-report.h"
#include "classification-section.h"

#define TRYGG_TYPE_CLASSIFICATION_ADDIN (trygg_classification_addin_get_type ())
G_DECLARE_FINAL_TYPE (TryggClassificationAddin, trygg_classification_addin, TRYGG,
                      CLASSIFICATION_ADDIN, GObject)

struct _TryggClassificationAddin
{
  GObject parent_instance;
};

static void schema_iface_init      (TryggSchemaExtensionInterface      *iface);
static void page_iface_init        (TryggPageExtensionInterface        *iface);
static void section_iface_init     (TryggSectionExtensionInterface     *iface);
static void preferences_iface_init (TryggPreferencesExtensionInterface *iface);
static void overview_iface_init    (TryggOverviewExtensionInterface    *iface);
static void search_iface_init      (TryggSearchExtensionInterface      *iface);
static void report_iface_init      (TryggReportExtensionInterface      *iface);
static void demo_iface_init        (TryggDemoExtensionInterface        *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (TryggClassificationAddin, trygg_classification_addin,
                               G_TYPE_OBJECT,
  G_IMPLEMENT_INTERFACE (TRYGG_TYPE_SCHEMA_EXTENSION, schema_iface_init)
  G_IMPLEMENT_INTERFACE (TRYGG_TYPE_PAGE_EXTENSION, page_iface_init)
  G_IMPLEMENT_INTERFACE (TRYGG_TYPE_SECTION_EXTENSION, section_iface_init)
  G_IMPLEMENT_INTERFACE (TRYGG_TYPE_PREFERENCES_EXTENSION, preferences_iface_init)
  G_IMPLEMENT_INTERFACE (TRYGG_TYPE_OVERVIEW_EXTENSION, overview_iface_init)
  G_IMPLEMENT_INTERFACE (TRYGG_TYPE_SEARCH_EXTENSION, search_iface_init)
  G_IMPLEMENT_INTERFACE (TRYGG_TYPE_REPORT_EXTENSION, report_iface_init)
  G_IMPLEMENT_INTERFACE (TRYGG_TYPE_DEMO_EXTENSION, demo_iface_init))

#define PAGE_ID "classification"

static void
trygg_classification_addin_class_init (TryggClassificationAddinClass *klass)
{
}

static void
trygg_classification_addin_init (TryggClassificationAddin *self)
{
}

/* schema */

static TryggSchemaSource
get_source (TryggSchemaExtension *self)
{
  TryggSchemaSource source = { "classification",
                               "/io/github/trygg/Trygg/plugins/classification/sql" };
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
  return _("Classification");
}

static const char *
get_icon_name (TryggPageExtension *self)
{
  return "security-medium-symbolic";
}

static int
get_position (TryggPageExtension *self)
{
  return 30;
}

static GtkWidget *
create_page (TryggPageExtension *self,
             TryggDatabase      *db)
{
  return trygg_classification_page_new (db);
}

static gboolean
select_row (TryggPageExtension *self,
            GtkWidget          *page,
            const char         *uuid)
{
  return TRYGG_IS_CLASSIFICATION_PAGE (page) &&
         trygg_classification_page_select_uuid (TRYGG_CLASSIFICATION_PAGE (page), uuid);
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

/* sections: the profile of an asset, the inherited levels of a system */

static GtkWidget *
create_section (TryggSectionExtension *self,
                TryggDatabase         *db,
                const char            *table)
{
  return trygg_classification_section_new (db, table);
}

static void
section_iface_init (TryggSectionExtensionInterface *iface)
{
  iface->create_section = create_section;
}

/* preferences: the scale, its level names, the consequence areas */

static AdwPreferencesPage *
create_preferences_page (TryggPreferencesExtension *self,
                         TryggDatabase             *db)
{
  return trygg_classification_preferences_new (db);
}

static void
preferences_iface_init (TryggPreferencesExtensionInterface *iface)
{
  iface->create_page = create_preferences_page;
}

/* overview */

static GtkWidget *
create_card (TryggOverviewExtension *self,
             TryggDatabase          *db)
{
  return trygg_classification_card_new (db);
}

static void
overview_iface_init (TryggOverviewExtensionInterface *iface)
{
  iface->create_card = create_card;
}

/* search: the kinds registered in sql/001-classification.sql */

static const char *
get_kind_label (TryggSearchExtension *self,
                const char           *kind)
{
  if (g_strcmp0 (kind, "requirement") == 0)
    return _("Security requirements");
  if (g_strcmp0 (kind, "classification_rationale") == 0)
    return _("Classification rationales");
  if (g_strcmp0 (kind, "requirement_fulfilment") == 0)
    return _("Requirement follow-up");
  if (g_strcmp0 (kind, "classification") == 0)
    return _("Secrecy references");
  return NULL;
}

static const char *
get_page_for_kind (TryggSearchExtension *self,
                   const char           *kind)
{
  return get_kind_label (self, kind) != NULL ? PAGE_ID : NULL;
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
  return "classification";
}

static const char *
get_report_title (TryggReportExtension *self)
{
  return _("Classification report");
}

static gboolean
write_report (TryggReportExtension  *self,
              TryggDatabase         *db,
              TryggPdfWriter        *writer,
              GVariantDict          *params,
              GError               **error)
{
  g_autofree char *asset = NULL;
  g_autofree char *unit = NULL;

  g_variant_dict_lookup (params, "asset", "s", &asset);
  g_variant_dict_lookup (params, "unit", "s", &unit);
  return trygg_classification_report_write (db, writer, asset, unit, error);
}

static gboolean
write_yearly_section (TryggReportExtension  *self,
                      TryggDatabase         *db,
                      TryggPdfWriter        *writer,
                      int                    year,
                      GError               **error)
{
  return trygg_classification_report_write_summary (db, writer, error);
}

static void
report_iface_init (TryggReportExtensionInterface *iface)
{
  iface->get_report_id = get_report_id;
  iface->get_report_title = get_report_title;
  iface->write_report = write_report;
  iface->write_yearly_section = write_yearly_section;
}

/* demo: Exempelkommun's classifications, written by demo/make-demo.py */

static const char *
get_demo_resource (TryggDemoExtension *self)
{
  return "/io/github/trygg/Trygg/plugins/classification/demo/classification.json";
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
  static GType (*types[]) (void) = {
    trygg_schema_extension_get_type, trygg_page_extension_get_type,
    trygg_section_extension_get_type, trygg_preferences_extension_get_type,
    trygg_overview_extension_get_type, trygg_search_extension_get_type,
    trygg_report_extension_get_type, trygg_demo_extension_get_type,
  };

  for (guint i = 0; i < G_N_ELEMENTS (types); i++)
    peas_object_module_register_extension_type (module, types[i] (),
                                                TRYGG_TYPE_CLASSIFICATION_ADDIN);
}
