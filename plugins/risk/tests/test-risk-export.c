/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The heatmap without a display: what it shows per cell and view (risk-heatmap-data.c), the
 * palette's contrast, exports to PNG, SVG and PDF of exactly the size asked for with the
 * band colours where the cells are, drawing into a report's PDF, and exports refused with a
 * message in words (unknown extension, unwritable path, bad size) that leave an existing
 * file alone; small cells (workshop mode at 720p, small exports) still show chips, and axis
 * labels break between words only. DISPLAY is unset: the command line runs like this.
 */
#define G_LOG_DOMAIN "trygg-risk"

#include "config.h"

#include <cairo-pdf.h>
#include <string.h>
#include <glib/gstdio.h>
#include <pango/pangocairo.h>

#include "risk-heatmap-render.h"
#include "risk-heatmap-scene.h"
#include "test-util.h"

static const TryggSchemaSource source = {
  "risk", "/io/github/trygg/Trygg/plugins/risk/sql"
};

typedef struct
{
  char          *dir;
  TryggDatabase *db;
  gint64         analysis;
  gint64         risks[4];
} Fixture;

static gint64
add (Fixture *f,
     int      p,
     int      c)
{
  g_autoptr(GError) error = NULL;
  gint64 id = 0;

  TRYGG_ASSERT_OK (trygg_risk_add (f->db, f->analysis, "Records reach the wrong person", p, c,
                                   &id, &error), error);
  return id;
}

/* default 4 × 4: 1 and 2 at probability 3, consequence 4; 3 at 1/1 with residual 1/1; 4 at
 * 2/3 with residual 1/2 */
static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = trygg_test_make_dir ();
  f->db = trygg_test_open_plugin (f->dir, &source);
  TRYGG_ASSERT_OK (trygg_risk_create_analysis (f->db, "Social-care records", NULL,
                                               &f->analysis, &error), error);
  f->risks[0] = add (f, 3, 4);
  f->risks[1] = add (f, 3, 4);
  f->risks[2] = add (f, 1, 1);
  f->risks[3] = add (f, 2, 3);
  TRYGG_ASSERT_OK (trygg_risk_score (f->db, f->risks[2], TRUE, 1, 1, &error), error);
  TRYGG_ASSERT_OK (trygg_risk_score (f->db, f->risks[3], TRUE, 1, 2, &error), error);
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
numbers_in (const TryggRiskHeatmapData *data,
            TryggRiskHeatmapView        view,
            int                         p,
            int                         c)
{
  GString *s = g_string_new (NULL);
  guint n;
  const TryggRiskHeatmapEntry *e = trygg_risk_heatmap_data_cell (
      data, view, trygg_risk_heatmap_data_cell_index (data, p, c), &n);
  static const char kinds[] = "irug";  /* initial, residual, unassessed, ghost */

  for (guint i = 0; i < n; i++)
    g_string_append_printf (s, "%s%d%c", i ? " " : "",
                            trygg_risk_heatmap_data_get_risk (data, e[i].risk)->number,
                            kinds[e[i].kind]);
  return g_string_free (s, FALSE);
}

#define assert_cell(data, view, p, c, expected) \
  G_STMT_START {                                                 \
    g_autofree char *got_ = numbers_in (data, view, p, c);       \
    g_assert_cmpstr (got_, ==, expected);                        \
  } G_STMT_END

static void
test_cells_per_view (Fixture       *f,
                     gconstpointer  unused)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TryggRiskHeatmapData) data = trygg_risk_heatmap_data_load (f->db, f->analysis,
                                                                      &error);

  g_assert_no_error (error);
  g_assert_cmpuint (trygg_risk_heatmap_data_get_n_risks (data), ==, 4);
  g_assert_cmpstr (trygg_risk_heatmap_data_level_name (data, TRUE, 4), ==, "Very high");
  g_assert_cmpstr (trygg_risk_heatmap_data_level_name (data, FALSE, 1), ==, "Negligible");
  g_assert_cmpstr (trygg_risk_heatmap_data_band (data, 3, 4)->name, ==, "High");

  assert_cell (data, TRYGG_RISK_HEATMAP_INITIAL, 3, 4, "1i 2i");
  assert_cell (data, TRYGG_RISK_HEATMAP_INITIAL, 2, 3, "4i");
  assert_cell (data, TRYGG_RISK_HEATMAP_INITIAL, 1, 2, "");
  /* residual view: not assessed stay at their initial place, hollow */
  assert_cell (data, TRYGG_RISK_HEATMAP_RESIDUAL, 3, 4, "1u 2u");
  assert_cell (data, TRYGG_RISK_HEATMAP_RESIDUAL, 1, 2, "4r");
  assert_cell (data, TRYGG_RISK_HEATMAP_RESIDUAL, 2, 3, "");
  /* both: the initial place of a moved risk is a ghost; one that stayed is one chip */
  assert_cell (data, TRYGG_RISK_HEATMAP_BOTH, 2, 3, "4g");
  assert_cell (data, TRYGG_RISK_HEATMAP_BOTH, 1, 2, "4r");
  assert_cell (data, TRYGG_RISK_HEATMAP_BOTH, 1, 1, "3r");
  assert_cell (data, TRYGG_RISK_HEATMAP_BOTH, 3, 4, "1i 2i");
  g_assert_cmpuint (trygg_risk_heatmap_data_get_n_moved (data), ==, 1);
  g_assert_cmpuint (trygg_risk_heatmap_data_get_n_unassessed (data), ==, 2);
  g_assert_cmpuint (trygg_risk_heatmap_data_moves (data,
      trygg_risk_heatmap_data_cell_index (data, 2, 3),
      trygg_risk_heatmap_data_cell_index (data, 1, 2)), ==, 1);
  g_assert_cmpint (trygg_risk_heatmap_data_find (data, f->risks[3]), ==, 3);
  g_assert_cmpint (trygg_risk_heatmap_data_find (data, 999999), ==, -1);

  /* an analysis that does not exist is an error in words */
  g_assert_null (trygg_risk_heatmap_data_load (f->db, 999999, &error));
  g_assert_error (error, TRYGG_DATABASE_ERROR, TRYGG_DATABASE_ERROR_NOT_FOUND);
}

static void
test_palette (void)
{
  static const char *keys[] = { "green", "yellow", "orange", "red", "unknown" };
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    for (int hc = 0; hc <= 1; hc++)
      {
        GdkRGBA fill, text;

        trygg_risk_heatmap_palette (keys[i], hc, &fill, &text);
        /* band names, counts and hollow chips' numbers on the fill */
        g_assert_cmpfloat (trygg_risk_heatmap_contrast (&fill, &text), >=, 4.5);
      }
  /* the four bands differ in lightness too, lowest lightest */
  for (int hc = 0; hc <= 1; hc++)
    {
      const GdkRGBA white = { 1, 1, 1, 1 };
      double last = 0;

      for (guint i = 1; i < 4; i++)
        {
          GdkRGBA fill, text;
          double c;

          trygg_risk_heatmap_palette (keys[i], hc, &fill, &text);
          c = trygg_risk_heatmap_contrast (&fill, &white);
          g_assert_cmpfloat (c, >, last);
          last = c;
        }
    }
}

static char *
path_in (Fixture    *f,
         const char *name)
{
  return g_build_filename (f->dir, name, NULL);
}

static void
export_ok (Fixture    *f,
           const char *path,
           int         w,
           int         h)
{
  g_autoptr(GError) error = NULL;

  TRYGG_ASSERT_OK (trygg_risk_heatmap_export (f->db, f->analysis, TRYGG_RISK_HEATMAP_INITIAL,
                                              path, w, h, &error), error);
}

static void
assert_colour_at (cairo_surface_t *png,
                  double           x,
                  double           y,
                  const char      *colour)
{
  unsigned char *pixels = cairo_image_surface_get_data (png);
  int stride = cairo_image_surface_get_stride (png);
  guint32 argb = *(guint32 *) (pixels + (int) y * stride + (int) x * 4);
  GdkRGBA fill, text;

  trygg_risk_heatmap_palette (colour, FALSE, &fill, &text);
  g_assert_cmpint (ABS ((int) ((argb >> 16) & 0xff) - (int) (fill.red * 255 + 0.5)), <=, 2);
  g_assert_cmpint (ABS ((int) ((argb >> 8) & 0xff) - (int) (fill.green * 255 + 0.5)), <=, 2);
  g_assert_cmpint (ABS ((int) (argb & 0xff) - (int) (fill.blue * 255 + 0.5)), <=, 2);
}

static void
test_export_png (Fixture       *f,
                 gconstpointer  unused)
{
  static const int sizes[][2] = { { 1600, 1200 }, { 640, 480 }, { 333, 777 } };

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      g_autofree char *path = path_in (f, "heatmap.PNG");
      g_autoptr(TryggRiskHeatmapData) data = trygg_risk_heatmap_data_load (f->db, f->analysis,
                                                                          NULL);
      PangoContext *context = trygg_risk_heatmap_export_context ();
      TryggRiskHeatmapScene scene;
      cairo_surface_t *png;
      graphene_rect_t r;

      export_ok (f, path, sizes[i][0], sizes[i][1]);
      png = cairo_image_surface_create_from_png (path);
      g_assert_cmpint (cairo_surface_status (png), ==, CAIRO_STATUS_SUCCESS);
      g_assert_cmpint (cairo_image_surface_get_width (png), ==, sizes[i][0]);
      g_assert_cmpint (cairo_image_surface_get_height (png), ==, sizes[i][1]);

      /* the band's colour where the picture's cells are: top right extreme, bottom left low */
      trygg_risk_heatmap_scene_init (&scene);
      scene.data = data;
      scene.style.title = TRUE;
      trygg_risk_heatmap_scene_layout (&scene, context, sizes[i][0], sizes[i][1]);
      trygg_risk_heatmap_scene_cell_rect (&scene, trygg_risk_heatmap_data_cell_index (data, 4, 4),
                                          &r);
      assert_colour_at (png, r.origin.x + r.size.width - 4, r.origin.y + r.size.height - 4,
                        "red");
      trygg_risk_heatmap_scene_cell_rect (&scene, trygg_risk_heatmap_data_cell_index (data, 1, 1),
                                          &r);
      assert_colour_at (png, r.origin.x + r.size.width - 4, r.origin.y + r.size.height - 4,
                        "green");
      trygg_risk_heatmap_scene_cell_rect (&scene, trygg_risk_heatmap_data_cell_index (data, 2, 3),
                                          &r);
      assert_colour_at (png, r.origin.x + r.size.width - 4, r.origin.y + r.size.height - 4,
                        "yellow");
      /* consequence grows to the right, probability upwards */
      g_assert_cmpfloat (r.origin.x, >, 0.5 * sizes[i][0] - r.size.width);
      trygg_risk_heatmap_scene_clear (&scene);
      g_object_unref (context);
      cairo_surface_destroy (png);
    }
}

/* binary-safe: a PDF holds NUL bytes */
static gboolean
contains (const char *data,
          gsize       len,
          const char *needle)
{
  gsize n = strlen (needle);

  for (gsize i = 0; i + n <= len; i++)
    if (memcmp (data + i, needle, n) == 0)
      return TRUE;
  return FALSE;
}

static void
test_export_svg_pdf (Fixture       *f,
                     gconstpointer  unused)
{
  g_autofree char *svg = path_in (f, "heatmap.svg");
  g_autofree char *pdf = path_in (f, "heatmap.pdf");
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GMarkupParseContext) parser = NULL;
  static const GMarkupParser no_callbacks = { NULL };
  gsize len;

  export_ok (f, svg, 800, 500);
  g_assert_true (g_file_get_contents (svg, &text, &len, NULL));
  g_assert_nonnull (strstr (text, "width=\"800pt\""));
  g_assert_nonnull (strstr (text, "height=\"500pt\""));
  g_assert_nonnull (strstr (text, "viewBox=\"0 0 800 500\""));
  parser = g_markup_parse_context_new (&no_callbacks, 0, NULL, NULL);
  TRYGG_ASSERT_OK (g_markup_parse_context_parse (parser, text, len, &error) &&
                   g_markup_parse_context_end_parse (parser, &error), error);
  g_clear_pointer (&text, g_free);

  export_ok (f, pdf, 842, 595);
  g_assert_true (g_file_get_contents (pdf, &text, &len, NULL));
  g_assert_true (g_str_has_prefix (text, "%PDF-"));
  g_assert_true (contains (text, len, "/MediaBox [ 0 0 842 595 ]"));
  g_assert_true (contains (text, len, "%%EOF"));
}

static void
test_export_refused (Fixture       *f,
                     gconstpointer  unused)
{
  g_autofree char *gif = path_in (f, "heatmap.gif");
  g_autofree char *existing = path_in (f, "kept.png");
  g_autofree char *folder = path_in (f, "folder.png");
  g_autofree char *missing = g_build_filename (f->dir, "no-such-folder", "x.png", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_false (trygg_risk_heatmap_export (f->db, f->analysis, TRYGG_RISK_HEATMAP_INITIAL,
                                             gif, 640, 480, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_assert_nonnull (strstr (error->message, ".png, .svg or .pdf"));
  g_assert_false (g_file_test (gif, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  g_assert_false (trygg_risk_heatmap_export (f->db, f->analysis, TRYGG_RISK_HEATMAP_INITIAL,
                                             missing, 640, 480, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "x.png"));
  g_clear_error (&error);

  /* a file that cannot be replaced (a folder of that name) stays as it was */
  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  g_assert_false (trygg_risk_heatmap_export (f->db, f->analysis, TRYGG_RISK_HEATMAP_INITIAL,
                                             folder, 640, 480, &error));
  g_assert_nonnull (error);
  g_assert_true (g_file_test (folder, G_FILE_TEST_IS_DIR));
  g_clear_error (&error);

  /* a failed export leaves an earlier file whole */
  g_assert_true (g_file_set_contents (existing, "earlier", -1, NULL));
  g_assert_false (trygg_risk_heatmap_export (f->db, f->analysis, TRYGG_RISK_HEATMAP_INITIAL,
                                             existing, 0, 480, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  g_assert_false (trygg_risk_heatmap_export (f->db, 999999, TRYGG_RISK_HEATMAP_INITIAL,
                                             existing, 640, 480, &error));
  g_assert_error (error, TRYGG_DATABASE_ERROR, TRYGG_DATABASE_ERROR_NOT_FOUND);
  g_assert_true (g_file_get_contents (existing, &text, NULL, NULL));
  g_assert_cmpstr (text, ==, "earlier");
}

static void
test_draw_into_report (Fixture       *f,
                       gconstpointer  unused)
{
  cairo_surface_t *surface = cairo_pdf_surface_create_for_stream (NULL, NULL, 595, 842);
  cairo_t *cr = cairo_create (surface);
  g_autoptr(GError) error = NULL;

  for (int view = TRYGG_RISK_HEATMAP_INITIAL; view <= TRYGG_RISK_HEATMAP_BOTH; view++)
    TRYGG_ASSERT_OK (trygg_risk_heatmap_draw (f->db, f->analysis, view, cr, 495, 380, &error),
                     error);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* a full cell shows what fits and one "+N" chip for the rest */
static void
test_many_risks (Fixture       *f,
                 gconstpointer  unused)
{
  g_autofree char *sql = g_strdup_printf (
      "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000) "
      "INSERT INTO risk (uuid, analysis_id, number, probability, consequence) "
      "SELECT lower(hex(randomblob(16))), %" G_GINT64_FORMAT ", 100 + i, 2, 2 FROM n",
      f->analysis);
  g_autoptr(TryggRiskHeatmapData) data = NULL;
  PangoContext *context = trygg_risk_heatmap_export_context ();
  TryggRiskHeatmapScene scene;
  int cell;

  trygg_test_exec (f->db, sql);
  data = trygg_risk_heatmap_data_load (f->db, f->analysis, NULL);
  cell = trygg_risk_heatmap_data_cell_index (data, 2, 2);
  trygg_risk_heatmap_scene_init (&scene);
  scene.data = data;
  trygg_risk_heatmap_scene_layout (&scene, context, 1024, 768);
  g_assert_cmpuint (scene.n_shown[cell], >=, 2);
  g_assert_cmpuint (scene.n_shown[cell], <, 200);
  g_assert_cmpuint (scene.n_shown[cell] + scene.n_more[cell], ==, 3000);
  /* the selected risk is shown even when it is far down the list */
  scene.selected = 2900;
  trygg_risk_heatmap_scene_layout (&scene, context, 1024, 768);
  g_assert_cmpuint (trygg_risk_heatmap_scene_shown (&scene, cell,
                                                    scene.n_shown[cell] - 1)->risk, ==,
                    (guint) scene.selected);
  trygg_risk_heatmap_scene_clear (&scene);
  g_object_unref (context);
}

/* whether every line of @layout starts at the start of a word: no break inside a word */
static gboolean
breaks_at_spaces (PangoLayout *layout)
{
  const char *text = pango_layout_get_text (layout);

  for (GSList *l = pango_layout_get_lines_readonly (layout); l != NULL; l = l->next)
    {
      const PangoLayoutLine *line = l->data;

      if (line->start_index > 0 && text[line->start_index - 1] != ' ')
        return FALSE;
    }
  return TRUE;
}

/* Small cells (a 5 × 5 matrix in workshop mode at 720p, a narrow page, a small export) still
 * show their risks' chips, inside the cell; axis labels wrap at spaces only, each axis at one
 * size, and a word as long as "Negligible" is not cut */
static void
test_small_cells (Fixture       *f,
                  gconstpointer  unused)
{
  static const struct { float w, h; gboolean large; } sizes[] = {
    { 760, 520, TRUE },   /* workshop at 1280 × 720: cells about 60 px high */
    { 700, 430, TRUE },
    { 1100, 560, TRUE },
    { 330, 420, FALSE },  /* the page in a narrow window */
    { 240, 180, FALSE },  /* a small export */
    { 420, 300, TRUE },   /* large in a small window: chips beside the band name */
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(TryggRiskHeatmapData) data = NULL;
  PangoContext *context = trygg_risk_heatmap_export_context ();
  gint64 analysis;
  int full, one;

  TRYGG_ASSERT_OK (trygg_risk_create_analysis (f->db, "Email and calendar", "five", &analysis,
                                               &error), error);
  for (int i = 0; i < 3; i++)
    TRYGG_ASSERT_OK (trygg_risk_add (f->db, analysis, "Mail to the wrong person", 2, 3, NULL,
                                     &error), error);
  TRYGG_ASSERT_OK (trygg_risk_add (f->db, analysis, "Account taken over", 4, 4, NULL, &error),
                   error);
  data = trygg_risk_heatmap_data_load (f->db, analysis, &error);
  g_assert_no_error (error);
  full = trygg_risk_heatmap_data_cell_index (data, 2, 3);
  one = trygg_risk_heatmap_data_cell_index (data, 4, 4);

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      TryggRiskHeatmapScene scene;
      graphene_rect_t cell, chip;
      int cells[] = { full, one };

      trygg_risk_heatmap_scene_init (&scene);
      scene.data = data;
      scene.style.large = sizes[i].large;
      trygg_risk_heatmap_scene_layout (&scene, context, sizes[i].w, sizes[i].h);
      if (i == 0)
        g_assert_cmpfloat (scene.geom.cell_h, <, 78);

      for (guint k = 0; k < G_N_ELEMENTS (cells); k++)
        {
          guint slots = scene.n_shown[cells[k]] +
                        (trygg_risk_heatmap_scene_has_more (&scene, cells[k]) ? 1 : 0);

          g_test_message ("%g × %g: cell %d (%g × %g) shows %u chips of %g px", sizes[i].w,
                          sizes[i].h, cells[k], scene.geom.cell_w, scene.geom.cell_h, slots,
                          scene.geom.chip_h);
          g_assert_cmpuint (slots, >=, 1);
          trygg_risk_heatmap_scene_cell_rect (&scene, cells[k], &cell);
          for (guint slot = 0; slot < slots; slot++)
            {
              trygg_risk_heatmap_scene_chip_rect (&scene, cells[k], slot, &chip);
              g_assert_cmpfloat (chip.origin.x, >=, cell.origin.x);
              g_assert_cmpfloat (chip.origin.y, >=, cell.origin.y);
              g_assert_cmpfloat (chip.origin.x + chip.size.width, <=,
                                 cell.origin.x + cell.size.width + 0.01);
              g_assert_cmpfloat (chip.origin.y + chip.size.height, <=,
                                 cell.origin.y + cell.size.height + 0.01);
            }
        }
      /* the lone risk is its own chip, never only a count */
      g_assert_cmpuint (scene.n_shown[one], ==, 1);
      /* large chips in the workshop at 720p are at least the normal mode's */
      if (i == 0)
        g_assert_cmpfloat (scene.geom.chip_h, >=, 9 * 1.6f);

      for (int axis = 0; axis < 2; axis++)
        for (int level = 1; level <= 5; level++)
          {
            g_autoptr(PangoLayout) label = trygg_risk_heatmap_scene_axis_label (&scene, context,
                                                                               axis == 1, level,
                                                                               &cell);
            int w;

            pango_layout_get_pixel_size (label, &w, NULL);
            g_assert_true (breaks_at_spaces (label));
            g_assert_cmpfloat (w, <=, cell.size.width + 1);
            /* workshop sizes: nothing cut, "1 Negligible" on at most two lines */
            if (sizes[i].w >= 700)
              {
                g_assert_false (pango_layout_is_ellipsized (label));
                if (axis == 0 && level == 1)
                  g_assert_cmpint (pango_layout_get_line_count (label), <=, 2);
              }
          }
      g_assert_cmpfloat (scene.geom.axis_font[0], <=, scene.geom.font);
      trygg_risk_heatmap_scene_clear (&scene);
    }
  g_object_unref (context);
}

int
main (int   argc,
      char *argv[])
{
  /* as on the command line: no display */
  g_unsetenv ("DISPLAY");
  g_unsetenv ("WAYLAND_DISPLAY");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/risk/heatmap/palette", test_palette);
  g_test_add ("/risk/heatmap/cells-per-view", Fixture, NULL, fixture_setup,
              test_cells_per_view, fixture_teardown);
  g_test_add ("/risk/heatmap/export-png", Fixture, NULL, fixture_setup, test_export_png,
              fixture_teardown);
  g_test_add ("/risk/heatmap/export-svg-pdf", Fixture, NULL, fixture_setup,
              test_export_svg_pdf, fixture_teardown);
  g_test_add ("/risk/heatmap/export-refused", Fixture, NULL, fixture_setup,
              test_export_refused, fixture_teardown);
  g_test_add ("/risk/heatmap/draw-into-report", Fixture, NULL, fixture_setup,
              test_draw_into_report, fixture_teardown);
  g_test_add ("/risk/heatmap/many-risks", Fixture, NULL, fixture_setup, test_many_risks,
              fixture_teardown);
  g_test_add ("/risk/heatmap/small-cells", Fixture, NULL, fixture_setup, test_small_cells,
              fixture_teardown);
  return g_test_run ();
}
