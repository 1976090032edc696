/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * TryggPdfWriter: A4 portrait reports with cairo and Pango — a title, headings, wrapped
 * paragraphs and tables whose header row comes back on every page — so that every plugin's
 * report looks the same and is written headless too.
 *
 * The document is made in memory and written by g_file_replace_contents() when it is
 * complete: an existing file is replaced whole or not at all. A table row is never split
 * across pages (cells are short texts, no row is taller than a page).
 */
#define G_LOG_DOMAIN "trygg-pdf-writer"

#include "config.h"

#include <errno.h>
#include <unistd.h>

#include <cairo-pdf.h>
#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <pango/pangocairo.h>

#include "trygg-pdf-writer.h"

#define A4_SHORT      595.276  /* A4 in points */
#define A4_LONG       841.890
#define MARGIN_X       50.0
#define MARGIN_TOP     56.0
#define MARGIN_BOTTOM  70.0    /* the page number sits in it */
/* the current page's size: portrait, or landscape after trygg_pdf_writer_set_landscape() */
#define PAGE_WIDTH    (self->landscape ? A4_LONG : A4_SHORT)
#define PAGE_HEIGHT   (self->landscape ? A4_SHORT : A4_LONG)
#define TEXT_WIDTH    (PAGE_WIDTH - 2 * MARGIN_X)
#define BOTTOM        (PAGE_HEIGHT - MARGIN_BOTTOM)
#define CELL_PAD        4.0
#define FONT_FAMILY   "Cantarell, Sans"

struct _TryggPdfWriter
{
  GObject          parent_instance;
  char            *path;
  GByteArray      *data;
  cairo_surface_t *surface;
  cairo_t         *cr;
  PangoContext    *context;
  double           y;
  int              page;
  gboolean         landscape;
};

G_DEFINE_FINAL_TYPE (TryggPdfWriter, trygg_pdf_writer, G_TYPE_OBJECT)

static cairo_status_t
write_to_memory (void                *data,
                 const unsigned char *bytes,
                 unsigned int         length)
{
  g_byte_array_append (((TryggPdfWriter *) data)->data, bytes, length);
  return CAIRO_STATUS_SUCCESS;
}

static void
trygg_pdf_writer_finalize (GObject *object)
{
  TryggPdfWriter *self = TRYGG_PDF_WRITER (object);

  g_clear_object (&self->context);
  g_clear_pointer (&self->cr, cairo_destroy);
  g_clear_pointer (&self->surface, cairo_surface_destroy);
  g_byte_array_unref (self->data);
  g_free (self->path);

  G_OBJECT_CLASS (trygg_pdf_writer_parent_class)->finalize (object);
}

static void
trygg_pdf_writer_class_init (TryggPdfWriterClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = trygg_pdf_writer_finalize;
}

static void
trygg_pdf_writer_init (TryggPdfWriter *self)
{
  self->data = g_byte_array_new ();
}

static gboolean
set_write_error (GError     **error,
                 const char  *path,
                 int          code,
                 const char  *reason)
{
  g_set_error (error, G_IO_ERROR, code, _("Cannot write the PDF file “%s”: %s"), path, reason);
  return FALSE;
}

static PangoLayout *
make_layout (TryggPdfWriter *self,
             const char     *text,
             double          size,
             PangoWeight     weight,
             double          width)
{
  PangoLayout *layout = pango_layout_new (self->context);
  PangoFontDescription *font = pango_font_description_from_string (FONT_FAMILY);

  pango_font_description_set_size (font, (int) (size * PANGO_SCALE));
  pango_font_description_set_weight (font, weight);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_text (layout, text != NULL ? text : "", -1);
  return layout;
}

static double
height_of (PangoLayout *layout)
{
  int h;

  pango_layout_get_size (layout, NULL, &h);
  return (double) h / PANGO_SCALE;
}

static void
show (TryggPdfWriter *self,
      PangoLayout    *layout,
      double          x,
      double          grey)
{
  cairo_set_source_rgb (self->cr, grey, grey, grey);
  cairo_move_to (self->cr, x, self->y);
  pango_cairo_show_layout (self->cr, layout);
}

static void
rule (TryggPdfWriter *self,
      double          grey,
      double          width)
{
  cairo_set_source_rgb (self->cr, grey, grey, grey);
  cairo_set_line_width (self->cr, width);
  cairo_move_to (self->cr, MARGIN_X, self->y);
  cairo_line_to (self->cr, PAGE_WIDTH - MARGIN_X, self->y);
  cairo_stroke (self->cr);
}

/* Ends the page (if one was begun) and begins the next, with its number at the foot. */
static void
new_page (TryggPdfWriter *self)
{
  g_autofree char *number = NULL;
  g_autoptr(PangoLayout) layout = NULL;

  if (self->page > 0)
    cairo_show_page (self->cr);
  cairo_pdf_surface_set_size (self->surface, PAGE_WIDTH, PAGE_HEIGHT);
  self->page++;
  number = g_strdup_printf (_("Page %d"), self->page);
  layout = make_layout (self, number, 9, PANGO_WEIGHT_NORMAL, TEXT_WIDTH);
  pango_layout_set_alignment (layout, PANGO_ALIGN_RIGHT);
  self->y = BOTTOM + 24;
  show (self, layout, MARGIN_X, 0.4);
  self->y = MARGIN_TOP;
}

/* Begins a new page unless @height still fits on this one. */
static void
ensure_space (TryggPdfWriter *self,
              double          height)
{
  if (self->page == 0 || (self->y + height > BOTTOM && self->y > MARGIN_TOP))
    new_page (self);
}

/**
 * trygg_pdf_writer_new:
 * @path: the PDF file to write; replaced only when trygg_pdf_writer_finish() succeeds
 *
 * Returns: (transfer full): a writer, or %NULL with @error set in the user's language
 */
TryggPdfWriter *
trygg_pdf_writer_new (const char  *path,
                      GError     **error)
{
  g_autoptr(TryggPdfWriter) self = NULL;
  g_autofree char *dir = NULL;
  cairo_font_options_t *options;

  g_return_val_if_fail (path != NULL, NULL);

  /* fail now rather than after the whole report: the folder and the file must be writable */
  dir = g_path_get_dirname (path);
  if (g_access (dir, W_OK) != 0 || (g_access (path, F_OK) == 0 && g_access (path, W_OK) != 0))
    {
      int saved = errno;
      set_write_error (error, path, g_io_error_from_errno (saved), g_strerror (saved));
      return NULL;
    }

  self = g_object_new (TRYGG_TYPE_PDF_WRITER, NULL);
  self->path = g_strdup (path);
  self->surface = cairo_pdf_surface_create_for_stream (write_to_memory, self,
                                                       A4_SHORT, A4_LONG);
  cairo_pdf_surface_set_metadata (self->surface, CAIRO_PDF_METADATA_CREATOR, "Trygg");
  self->cr = cairo_create (self->surface);
  self->context = pango_cairo_create_context (self->cr);
  pango_cairo_context_set_resolution (self->context, 72);  /* 1 unit = 1 pt */
  options = cairo_font_options_create ();  /* metrics as printed, not as on a screen */
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (self->context, options);
  cairo_font_options_destroy (options);
  return g_steal_pointer (&self);
}

void
trygg_pdf_writer_title (TryggPdfWriter *self,
                        const char     *title,
                        const char     *subtitle)
{
  g_autoptr(PangoLayout) layout = NULL;
  g_autoptr(PangoLayout) sub = NULL;

  g_return_if_fail (TRYGG_IS_PDF_WRITER (self));

  layout = make_layout (self, title, 22, PANGO_WEIGHT_BOLD, TEXT_WIDTH);
  ensure_space (self, height_of (layout) + 60);
  show (self, layout, MARGIN_X, 0);
  self->y += height_of (layout) + 4;
  if (subtitle != NULL && *subtitle != '\0')
    {
      sub = make_layout (self, subtitle, 12, PANGO_WEIGHT_NORMAL, TEXT_WIDTH);
      show (self, sub, MARGIN_X, 0.3);
      self->y += height_of (sub);
    }
  self->y += 8;
  rule (self, 0, 1.0);
  self->y += 18;
}

void
trygg_pdf_writer_heading (TryggPdfWriter *self,
                          const char     *text)
{
  g_autoptr(PangoLayout) layout = NULL;

  g_return_if_fail (TRYGG_IS_PDF_WRITER (self));

  layout = make_layout (self, text, 15, PANGO_WEIGHT_BOLD, TEXT_WIDTH);
  /* a heading stays with at least three lines of what follows it */
  ensure_space (self, 10 + height_of (layout) + 6 + 3 * 15);
  if (self->y > MARGIN_TOP)
    self->y += 10;
  show (self, layout, MARGIN_X, 0);
  self->y += height_of (layout) + 6;
}

/* A paragraph flows line by line, onto as many pages as it needs. */
void
trygg_pdf_writer_paragraph (TryggPdfWriter *self,
                            const char     *text)
{
  g_autoptr(PangoLayout) layout = NULL;
  PangoLayoutIter *iter;
  double shift = 0;

  g_return_if_fail (TRYGG_IS_PDF_WRITER (self));

  layout = make_layout (self, text, 10.5, PANGO_WEIGHT_NORMAL, TEXT_WIDTH);
  ensure_space (self, 15);
  cairo_set_source_rgb (self->cr, 0, 0, 0);
  iter = pango_layout_get_iter (layout);
  do
    {
      PangoRectangle line;
      double top, baseline;

      pango_layout_iter_get_line_extents (iter, NULL, &line);
      top = (double) line.y / PANGO_SCALE - shift;
      if (self->y + top + (double) line.height / PANGO_SCALE > BOTTOM)
        {
          new_page (self);
          cairo_set_source_rgb (self->cr, 0, 0, 0);
          shift += top;
        }
      baseline = (double) pango_layout_iter_get_baseline (iter) / PANGO_SCALE - shift;
      cairo_move_to (self->cr, MARGIN_X + (double) line.x / PANGO_SCALE, self->y + baseline);
      pango_cairo_show_layout_line (self->cr, pango_layout_iter_get_line_readonly (iter));
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
  self->y += height_of (layout) - shift + 8;
}

/* Lays out one table row into @cells; returns its height. */
static double
layout_row (TryggPdfWriter     *self,
            const char * const *texts,
            const double       *col_widths,
            guint               n,
            PangoWeight         weight,
            GPtrArray          *cells)
{
  double height = 0;

  g_ptr_array_set_size (cells, 0);
  for (guint i = 0; i < n; i++)
    {
      PangoLayout *cell = make_layout (self, texts[i], 9.5, weight, col_widths[i] - 2 * CELL_PAD);
      height = MAX (height, height_of (cell));
      g_ptr_array_add (cells, cell);
    }
  return height + 2 * CELL_PAD;
}

static void
draw_row (TryggPdfWriter *self,
          GPtrArray      *cells,
          const double   *col_widths,
          double          height,
          gboolean        header)
{
  double x = MARGIN_X;

  if (header)
    {
      cairo_set_source_rgb (self->cr, 0.88, 0.90, 0.93);
      cairo_rectangle (self->cr, MARGIN_X, self->y, TEXT_WIDTH, height);
      cairo_fill (self->cr);
    }
  self->y += CELL_PAD;
  for (guint i = 0; i < cells->len; i++)
    {
      show (self, g_ptr_array_index (cells, i), x + CELL_PAD, 0);
      x += col_widths[i];
    }
  self->y += height - CELL_PAD;
  rule (self, header ? 0.3 : 0.75, header ? 0.8 : 0.5);
}

/**
 * trygg_pdf_writer_table:
 * @headers: (array zero-terminated=1): the column titles; their number is the number of columns
 * @widths: (nullable) (array): one share of the text width per column, or %NULL for equal ones
 * @rows: (element-type GStrv): the rows, each with at least as many strings as columns
 *
 * Writes a table with wrapped cells. When a row does not fit, the page breaks and the header
 * row is repeated.
 */
void
trygg_pdf_writer_table (TryggPdfWriter     *self,
                        const char * const *headers,
                        const double       *widths,
                        GPtrArray          *rows)
{
  g_autoptr(GPtrArray) header_cells = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree double *col_widths = NULL;
  double header_height, total = 0;
  guint n;

  g_return_if_fail (TRYGG_IS_PDF_WRITER (self));
  g_return_if_fail (headers != NULL);

  n = g_strv_length ((char **) headers);
  if (n == 0)
    return;
  col_widths = g_new (double, n);
  for (guint i = 0; i < n; i++)
    total += widths != NULL ? widths[i] : 1.0;
  for (guint i = 0; i < n; i++)
    col_widths[i] = TEXT_WIDTH * (widths != NULL ? widths[i] : 1.0) / total;

  header_height = layout_row (self, headers, col_widths, n, PANGO_WEIGHT_BOLD, header_cells);
  ensure_space (self, header_height + 30);
  draw_row (self, header_cells, col_widths, header_height, TRUE);
  for (guint r = 0; rows != NULL && r < rows->len; r++)
    {
      double height = layout_row (self, g_ptr_array_index (rows, r), col_widths, n,
                                  PANGO_WEIGHT_NORMAL, cells);
      if (self->y + height > BOTTOM)
        {
          new_page (self);
          draw_row (self, header_cells, col_widths, header_height, TRUE);
        }
      draw_row (self, cells, col_widths, height, FALSE);
    }
  self->y += 12;
}

/**
 * trygg_pdf_writer_set_landscape:
 *
 * Pages begun from now on are A4 landscape (or portrait again); call
 * trygg_pdf_writer_page_break() to begin one at once.
 */
void
trygg_pdf_writer_set_landscape (TryggPdfWriter *self,
                                gboolean        landscape)
{
  g_return_if_fail (TRYGG_IS_PDF_WRITER (self));
  self->landscape = !!landscape;
}

/* Begins a new page, unless nothing has been written on the current one. */
void
trygg_pdf_writer_page_break (TryggPdfWriter *self)
{
  g_return_if_fail (TRYGG_IS_PDF_WRITER (self));
  if (self->page == 0 || self->y > MARGIN_TOP)
    new_page (self);
}

/* The width that text and drawings may take on the current page, in points. */
double
trygg_pdf_writer_get_text_width (TryggPdfWriter *self)
{
  g_return_val_if_fail (TRYGG_IS_PDF_WRITER (self), 0);
  return TEXT_WIDTH;
}

/**
 * trygg_pdf_writer_drawing:
 * @width: at most trygg_pdf_writer_get_text_width()
 * @height: at most the height of a page's text area
 * @draw: draws into @width × @height points, the origin at its top left
 *
 * A picture (a heatmap, a chart) drawn with cairo, centred, on this page if it fits.
 */
void
trygg_pdf_writer_drawing (TryggPdfWriter   *self,
                          double            width,
                          double            height,
                          TryggPdfDrawFunc  draw,
                          gpointer          user_data)
{
  g_return_if_fail (TRYGG_IS_PDF_WRITER (self));
  g_return_if_fail (draw != NULL);

  ensure_space (self, height + 8);
  cairo_save (self->cr);
  cairo_translate (self->cr, MARGIN_X + MAX (0, (TEXT_WIDTH - width) / 2), self->y);
  cairo_rectangle (self->cr, 0, 0, width, height);
  cairo_clip (self->cr);
  draw (self->cr, width, height, user_data);
  cairo_restore (self->cr);
  self->y += height + 8;
}

/**
 * trygg_pdf_writer_finish:
 *
 * Completes the document and replaces the file. Returns %FALSE with @error set, in the
 * user's language, when it could not be written; an earlier file of that name is kept then.
 */
gboolean
trygg_pdf_writer_finish (TryggPdfWriter  *self,
                         GError         **error)
{
  g_autoptr(GError) local_error = NULL;
  cairo_status_t status;

  g_return_val_if_fail (TRYGG_IS_PDF_WRITER (self), FALSE);
  g_return_val_if_fail (self->surface != NULL, FALSE);

  if (self->page == 0)
    new_page (self);
  cairo_show_page (self->cr);
  g_clear_object (&self->context);
  g_clear_pointer (&self->cr, cairo_destroy);
  cairo_surface_finish (self->surface);
  status = cairo_surface_status (self->surface);
  g_clear_pointer (&self->surface, cairo_surface_destroy);
  if (status != CAIRO_STATUS_SUCCESS)
    return set_write_error (error, self->path, G_IO_ERROR_FAILED,
                            cairo_status_to_string (status));
  if (!g_file_set_contents_full (self->path, (const char *) self->data->data,
                                 (gssize) self->data->len, G_FILE_SET_CONTENTS_CONSISTENT,
                                 0644, &local_error))
    return set_write_error (error, self->path, G_IO_ERROR_FAILED, local_error->message);
  return TRUE;
}
