/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The heatmap outside the window: for the PDF report (trygg_risk_heatmap_draw()) and the
 * PNG/SVG/PDF export (`trygg --export-heatmap`). No second renderer: the picture is the one
 * the widget shows (risk-heatmap-scene.c, risk-heatmap-paint.c), built into a GtkSnapshot and
 * drawn with gsk_render_node_draw() onto a cairo surface. Needs no display: the text comes
 * from Pango's cairo font map, and no GDK object is made.
 *
 * Exports are made in memory and written with g_file_set_contents_full(): an existing file is
 * replaced whole or not at all.
 */
#define G_LOG_DOMAIN "trygg-risk"

#include "config.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "risk-heatmap-render.h"
#include "risk-heatmap-scene.h"

#define MAX_SIDE 10000

/**
 * trygg_risk_heatmap_export_context:
 *
 * Returns: (transfer full): the Pango context exports and reports lay text out with
 */
PangoContext *
trygg_risk_heatmap_export_context (void)
{
  PangoContext *context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  cairo_font_options_t *options = cairo_font_options_create ();
  PangoFontDescription *desc = pango_font_description_from_string ("Sans 10");

  /* unhinted metrics: the same layout at every size and on every surface */
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, options);
  pango_context_set_font_description (context, desc);
  pango_font_description_free (desc);
  cairo_font_options_destroy (options);
  return context;
}

/* GTK 4.8 registers its render node types in gtk_init(). Without a display (the command
 * line, headless tests) gtk_init_check() returns FALSE after having done that, which is all
 * the drawing here needs; with one it initialises GTK as usual. */
static void
ensure_render_nodes (void)
{
  if (!gtk_is_initialized ())
    gtk_init_check ();
}

/* (transfer full) (nullable): the picture at @width × @height */
static GskRenderNode *
build_node (const TryggRiskHeatmapData *data,
            TryggRiskHeatmapView        view,
            gboolean                    exported,
            double                      width,
            double                      height)
{
  PangoContext *context = trygg_risk_heatmap_export_context ();
  TryggRiskHeatmapScene scene;
  GtkSnapshot *snapshot;
  GskRenderNode *node;

  ensure_render_nodes ();
  snapshot = gtk_snapshot_new ();
  trygg_risk_heatmap_scene_init (&scene);
  scene.data = data;
  scene.view = view;
  scene.style.title = exported;
  if (exported)
    scene.style.background = (GdkRGBA) { 1, 1, 1, 1 };
  trygg_risk_heatmap_scene_layout (&scene, context, width, height);
  trygg_risk_heatmap_scene_snapshot (&scene, snapshot, context);
  node = gtk_snapshot_free_to_node (snapshot);
  trygg_risk_heatmap_scene_clear (&scene);
  g_object_unref (context);
  return node;
}

/**
 * trygg_risk_heatmap_draw:
 * @cr: where to draw, the origin at the top left of the picture
 *
 * Draws the heatmap of an analysis into @width × @height user units of @cr, with the
 * widget's colours, labels and chips (no title: the report has its own headings).
 *
 * Returns: %FALSE with @error set when the analysis could not be read
 */
gboolean
trygg_risk_heatmap_draw (TryggDatabase        *db,
                         gint64                analysis_id,
                         TryggRiskHeatmapView  view,
                         cairo_t              *cr,
                         double                width,
                         double                height,
                         GError              **error)
{
  g_autoptr(TryggRiskHeatmapData) data = trygg_risk_heatmap_data_load (db, analysis_id, error);
  g_autoptr(GskRenderNode) node = NULL;

  if (data == NULL)
    return FALSE;
  node = build_node (data, view, FALSE, width, height);
  if (node != NULL)
    {
      cairo_save (cr);
      gsk_render_node_draw (node, cr);
      cairo_restore (cr);
    }
  return TRUE;
}

static cairo_status_t
append_bytes (void                *closure,
              const unsigned char *bytes,
              unsigned int         length)
{
  g_byte_array_append (closure, bytes, length);
  return CAIRO_STATUS_SUCCESS;
}

static gboolean
set_write_error (GError     **error,
                 const char  *path,
                 const char  *reason)
{
  g_autofree char *name = g_filename_display_name (path);

  g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
               /* Translators: a file name, then why it failed */
               _("Could not write the heatmap to “%s”: %s"), name, reason);
  return FALSE;
}

/* the picture encoded as PNG, SVG or PDF */
static gboolean
encode (GskRenderNode  *node,
        const char     *format,
        int             width,
        int             height,
        GByteArray     *bytes,
        cairo_status_t *status)
{
  cairo_surface_t *surface;
  cairo_t *cr;

  if (g_str_equal (format, "png"))
    surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  else if (g_str_equal (format, "svg"))
    {
      surface = cairo_svg_surface_create_for_stream (append_bytes, bytes, width, height);
      cairo_svg_surface_set_document_unit (surface, CAIRO_SVG_UNIT_PT);
    }
  else
    surface = cairo_pdf_surface_create_for_stream (append_bytes, bytes, width, height);
  cr = cairo_create (surface);
  if (node != NULL)
    gsk_render_node_draw (node, cr);
  cairo_destroy (cr);
  if (g_str_equal (format, "png") && cairo_surface_status (surface) == CAIRO_STATUS_SUCCESS)
    cairo_surface_write_to_png_stream (surface, append_bytes, bytes);
  cairo_surface_finish (surface);
  *status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  return *status == CAIRO_STATUS_SUCCESS;
}

/**
 * trygg_risk_heatmap_export:
 * @path: ends in .png, .svg or .pdf (any case)
 * @width: pixels for PNG, points for SVG and PDF
 *
 * Writes the heatmap of an analysis, with the view's name as its title and a white
 * background, to a file of exactly @width × @height. An existing file is replaced whole or
 * not at all.
 *
 * Returns: %FALSE with @error set, in the user's language, on an unknown extension, a size
 *   out of range, an analysis that does not exist or a file that could not be written
 */
gboolean
trygg_risk_heatmap_export (TryggDatabase        *db,
                           gint64                analysis_id,
                           TryggRiskHeatmapView  view,
                           const char           *path,
                           int                   width,
                           int                   height,
                           GError              **error)
{
  g_autoptr(TryggRiskHeatmapData) data = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GByteArray) bytes = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *lower = g_ascii_strdown (path, -1);
  const char *format = NULL;
  cairo_status_t status;

  g_return_val_if_fail (path != NULL, FALSE);

  if (g_str_has_suffix (lower, ".png"))
    format = "png";
  else if (g_str_has_suffix (lower, ".svg"))
    format = "svg";
  else if (g_str_has_suffix (lower, ".pdf"))
    format = "pdf";
  if (format == NULL)
    {
      g_autofree char *name = g_filename_display_basename (path);

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   /* Translators: a file name */
                   _("Cannot tell which kind of picture “%s” should be: its name must end in "
                     ".png, .svg or .pdf."), name);
      return FALSE;
    }
  if (width < 1 || height < 1 || width > MAX_SIDE || height > MAX_SIDE)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   /* Translators: the width and height asked for, then the largest allowed */
                   _("A heatmap of %d × %d is not possible: width and height must be between "
                     "1 and %d."), width, height, MAX_SIDE);
      return FALSE;
    }

  data = trygg_risk_heatmap_data_load (db, analysis_id, error);
  if (data == NULL)
    return FALSE;
  node = build_node (data, view, TRUE, width, height);
  bytes = g_byte_array_new ();
  if (!encode (node, format, width, height, bytes, &status))
    return set_write_error (error, path, cairo_status_to_string (status));
  if (!g_file_set_contents_full (path, (const char *) bytes->data, (gssize) bytes->len,
                                 G_FILE_SET_CONTENTS_CONSISTENT, 0644, &local_error))
    return set_write_error (error, path, local_error->message);
  return TRUE;
}
