/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Small pieces the risk page's parts share: the style sheet, the band label (a coloured pill
 * with the band's name and value in words, so colour is never the only signal), a combo row
 * to choose a person or nobody, and dates.
 */
#define G_LOG_DOMAIN "trygg-risk"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "risk-page-util.h"

void
trygg_risk_page_load_css (void)
{
  static gboolean loaded;
  GdkDisplay *display = gdk_display_get_default ();
  g_autoptr(GtkCssProvider) provider = NULL;

  if (loaded || display == NULL)
    return;
  loaded = TRUE;
  provider = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (provider,
                                       "/io/github/trygg/Trygg/plugins/risk/risk-page.css");
  gtk_style_context_add_provider_for_display (display, GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
}

GtkWidget *
trygg_risk_band_label_new (void)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_widget_add_css_class (label, "risk-band");
  gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
  gtk_widget_set_halign (label, GTK_ALIGN_START);
  return label;
}

/* @value: the risk value, or 0 for "not assessed" */
void
trygg_risk_band_label_set (GtkWidget  *label,
                           const char *name,
                           const char *colour,
                           int         value)
{
  static const char * const colours[] = { "green", "yellow", "orange", "red", NULL };
  g_autofree char *text = NULL;

  for (guint i = 0; colours[i] != NULL; i++)
    gtk_widget_remove_css_class (label, colours[i]);
  gtk_widget_remove_css_class (label, "none");
  if (value <= 0 || name == NULL)
    {
      gtk_label_set_text (GTK_LABEL (label), C_("residual risk", "Not assessed"));
      gtk_widget_add_css_class (label, "none");
      return;
    }
  if (colour != NULL && g_strv_contains (colours, colour))
    gtk_widget_add_css_class (label, colour);
  /* Translators: a risk value and the name of its band, e.g. "12 · High" */
  text = g_strdup_printf (_("%d · %s"), value, name);
  gtk_label_set_text (GTK_LABEL (label), text);
}

static char *
person_label (TryggEntity *item,
              const char  *none)
{
  if (item == NULL)
    return g_strdup ("");
  if (trygg_entity_get_id (item) == 0)
    return g_strdup (none);
  return g_strdup (trygg_entity_get_title (item));
}

static void
free_label (gpointer  data,
            GClosure *closure)
{
  g_free (data);
}

/* A combo row of "nobody" (@none_label) and the persons of the register, by name. */
GtkWidget *
trygg_risk_person_row_new (TryggDatabase *db,
                           const char    *title,
                           const char    *none_label)
{
  g_autoptr(TryggEntityList) persons = trygg_entity_list_new (db, TRYGG_TYPE_PERSON,
                                                              "name COLLATE NOCASE");
  g_autoptr(GObject) none = g_object_new (TRYGG_TYPE_PERSON, NULL);
  GListStore *none_store = g_list_store_new (TRYGG_TYPE_PERSON);
  GListStore *both = g_list_store_new (G_TYPE_LIST_MODEL);
  GtkWidget *row = adw_combo_row_new ();
  GtkFlattenListModel *flat;

  g_list_store_append (none_store, none);
  g_list_store_append (both, none_store);
  g_list_store_append (both, persons);
  g_object_unref (none_store);
  adw_combo_row_set_expression (ADW_COMBO_ROW (row),
      gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL, G_CALLBACK (person_label),
                                   g_strdup (none_label), free_label));
  flat = gtk_flatten_list_model_new (G_LIST_MODEL (both));
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (flat));
  g_object_unref (flat);
  adw_combo_row_set_use_subtitle (ADW_COMBO_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  -1);
  return row;
}

/* Returns: the chosen person, 0 for nobody */
gint64
trygg_risk_person_row_get_id (AdwComboRow *row)
{
  TryggEntity *item = adw_combo_row_get_selected_item (row);

  return item != NULL ? trygg_entity_get_id (item) : 0;
}

void
trygg_risk_person_row_set_id (AdwComboRow *row,
                              gint64       person_id)
{
  GListModel *model = adw_combo_row_get_model (row);
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TryggEntity) item = g_list_model_get_item (model, i);
      if (trygg_entity_get_id (item) == person_id)
        {
          adw_combo_row_set_selected (row, i);
          return;
        }
    }
  adw_combo_row_set_selected (row, 0);
}

gboolean
trygg_risk_is_date (const char *text)
{
  int y, m, d;
  char rest;

  return text != NULL && strlen (text) == 10 &&
         sscanf (text, "%4d-%2d-%2d%c", &y, &m, &d, &rest) == 3 && g_date_valid_dmy (d, m, y);
}
