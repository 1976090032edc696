/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <glib-object.h>

G_BEGIN_DECLS

typedef void (*TryggPdfDrawFunc) (cairo_t *cr,
                                  double   width,
                                  double   height,
                                  gpointer user_data);

#define TRYGG_TYPE_PDF_WRITER (trygg_pdf_writer_get_type ())
G_DECLARE_FINAL_TYPE (TryggPdfWriter, trygg_pdf_writer, TRYGG, PDF_WRITER, GObject)

TryggPdfWriter *trygg_pdf_writer_new       (const char          *path,
                                            GError             **error);
void            trygg_pdf_writer_title     (TryggPdfWriter      *self,
                                            const char          *title,
                                            const char          *subtitle);
void            trygg_pdf_writer_heading   (TryggPdfWriter      *self,
                                            const char          *text);
void            trygg_pdf_writer_paragraph (TryggPdfWriter      *self,
                                            const char          *text);
void            trygg_pdf_writer_table     (TryggPdfWriter      *self,
                                            const char * const  *headers,
                                            const double        *widths,
                                            GPtrArray           *rows);
void            trygg_pdf_writer_set_landscape  (TryggPdfWriter   *self,
                                                 gboolean          landscape);
void            trygg_pdf_writer_page_break     (TryggPdfWriter   *self);
double          trygg_pdf_writer_get_text_width (TryggPdfWriter   *self);
void            trygg_pdf_writer_drawing        (TryggPdfWriter   *self,
                                                 double            width,
                                                 double            height,
                                                 TryggPdfDrawFunc  draw,
                                                 gpointer          user_data);
gboolean        trygg_pdf_writer_finish    (TryggPdfWriter      *self,
                                            GError             **error);

G_END_DECLS
