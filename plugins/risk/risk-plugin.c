/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The risk plugin (riskanalys / risikovurdering): risk analyses with their own matrix, the
 * heatmap a workshop works on live in front of a projector, measures into the core action
 * tracker, and the analysis report to management.
 *
 * One class, TryggRiskAddin, gives everything through the extension points: its schema, its
 * page, its Overview card, its search kinds, its report and heatmap export, and its part of
 * the demo municipality.
 */
#define G_LOG_DOMAIN "trygg-risk"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <libpeas/peas.h>

#include "trygg-ui.h"
#include "risk-card.h"
#include "risk-heatmap-render.h"
#include "risk-page.h"
#include "risk-report.h"

#define TRYGG_TYPE_RISK_ADDIN (trygg_risk_addin_get_type ())
G_DECLARE_FINAL_TYPE (TryggRiskAddin, trygg_risk_addin, TRYGG, RISK_ADDIN, GObject)

struct _TryggRiskAddin
{
  GObject parent_instance;
};

static void schema_iface_init   (TryggSchemaExtensionInterface   *iface);
static void page_iface_init     (TryggPageExtensionInterface     *iface);
static void overview_iface_init (TryggOverviewExtensionInterface *iface);
static void search_iface_init   (TryggSearchExtensionInterface   *iface);
static void report_iface_init   (TryggReportExtensionInterface   *iface);
static void demo_iface_init     (TryggDemoExtensionInterface     *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (TryggRiskAddin, trygg_risk_addin, G_TYPE_OBJECT,
  G_IMPLEMENT_INTERFACE (TRYGG_TYPE_SCHEMA_EXTENSION, schema_iface_init)
  G_IMPLEMENT_INTERFACE (TRYGG_TYPE_PAGE_EXTENSION, page_iface_init)
  G_IMPLEMENT_INTERFACE (TRYGG_TYPE_OVERVIEW_EXTENSION, overview_iface_init)
  G_IMPLEMENT_INTERFACE (TRYGG_TYPE_SEARCH_EXTENSION, search_iface_init)
  G_IMPLEMENT_INTERFACE (TRYGG_TYPE_REPORT_EXTENSION, report_iface_init)
  G_IMPLEMENT_INTERFACE (TRYGG_TYPE_DEMO_EXTENSION, demo_iface_init))

#define PAGE_ID "risk"

static void
trygg_risk_addin_class_init (TryggRiskAddinClass *klass)
{
}

static void
trygg_risk_addin_init (TryggRiskAddin *self)
{
}

/* schema */

static TryggSchemaSource
get_source (TryggSchemaExtension *self)
{
  TryggSchemaSource source = { "risk", "/io/github/trygg/Trygg/plugins/risk/sql" };
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
  return _("Risk analysis");
}

static const char *
get_icon_name (TryggPageExtension *self)
{
  return "dialog-warning-symbolic";
}

static int
get_position (TryggPageExtension *self)
{
  return 40;
}

static GtkWidget *
create_page (TryggPageExtension *self,
             TryggDatabase      *db)
{
  return trygg_risk_page_new (db);
}

static gboolean
select_row (TryggPageExtension *self,
            GtkWidget          *page,
            const char         *uuid)
{
  return TRYGG_IS_RISK_PAGE (page) &&
         trygg_risk_page_select_uuid (TRYGG_RISK_PAGE (page), uuid);
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
  return trygg_risk_card_new (db);
}

static void
overview_iface_init (TryggOverviewExtensionInterface *iface)
{
  iface->create_card = create_card;
}

/* search: the kinds registered in sql/001-risk.sql */

static const char *
get_kind_label (TryggSearchExtension *self,
                const char           *kind)
{
  if (g_strcmp0 (kind, "risk_analysis") == 0)
    return _("Risk analyses");
  if (g_strcmp0 (kind, "risk") == 0)
    return _("Risks");
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
  return "risk";
}

static const char *
get_report_title (TryggReportExtension *self)
{
  return _("Risk analysis report");
}

static gboolean
lookup_analysis (TryggDatabase  *db,
                 GVariantDict   *params,
                 gint64         *analysis_id,
                 GError        **error)
{
  g_autofree char *uuid = NULL;

  if (!g_variant_dict_lookup (params, "analysis", "s", &uuid))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("Say which risk analysis with --analysis UUID"));
      return FALSE;
    }
  *analysis_id = trygg_database_lookup_id (db, "risk_analysis", uuid);
  if (*analysis_id <= 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("There is no risk analysis with the identifier %s"), uuid);
      return FALSE;
    }
  return TRUE;
}

static gboolean
write_report (TryggReportExtension  *self,
              TryggDatabase         *db,
              TryggPdfWriter        *writer,
              GVariantDict          *params,
              GError               **error)
{
  g_autofree char *analysis = NULL;
  gint64 id;

  return lookup_analysis (db, params, &id, error) &&
         g_variant_dict_lookup (params, "analysis", "s", &analysis) &&
         trygg_risk_report_write (db, writer, analysis, error);
}

static gboolean
write_yearly_section (TryggReportExtension  *self,
                      TryggDatabase         *db,
                      TryggPdfWriter        *writer,
                      int                    year,
                      GError               **error)
{
  return trygg_risk_report_write_summary (db, writer, year, error);
}

/* "heatmap": PNG, SVG or PDF by the file's extension, 1600 × 1200 */
static gboolean
export_file (TryggReportExtension  *self,
             TryggDatabase         *db,
             const char            *kind,
             GVariantDict          *params,
             const char            *path,
             GError               **error)
{
  gboolean residual = FALSE;
  gint64 id;

  if (g_strcmp0 (kind, "heatmap") != 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED, "%s", kind);
      return FALSE;
    }
  g_variant_dict_lookup (params, "residual", "b", &residual);
  return lookup_analysis (db, params, &id, error) &&
         trygg_risk_heatmap_export (db, id, residual ? TRYGG_RISK_HEATMAP_RESIDUAL
                                                     : TRYGG_RISK_HEATMAP_INITIAL,
                                    path, 1600, 1200, error);
}

static void
report_iface_init (TryggReportExtensionInterface *iface)
{
  iface->get_report_id = get_report_id;
  iface->get_report_title = get_report_title;
  iface->write_report = write_report;
  iface->write_yearly_section = write_yearly_section;
  iface->export_file = export_file;
}

/* demo: Exempelkommun's risk analyses, written by demo/make-demo.py */

static const char *
get_demo_resource (TryggDemoExtension *self)
{
  return "/io/github/trygg/Trygg/plugins/risk/demo/risk.json";
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
    trygg_overview_extension_get_type, trygg_search_extension_get_type,
    trygg_report_extension_get_type, trygg_demo_extension_get_type,
  };

  for (guint i = 0; i < G_N_ELEMENTS (types); i++)
    peas_object_module_register_extension_type (module, types[i] (),
                                                TRYGG_TYPE_RISK_ADDIN);
}
