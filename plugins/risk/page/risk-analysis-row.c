/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The rows of the risk page's list of analyses: title; status (icon and words), date and
 * number of risks.
 */
#define G_LOG_DOMAIN "trygg-risk"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "risk-page-private.h"

static void
update_analysis_row (GtkListItem *list_item)
{
  TryggRiskAnalysisItem *item = gtk_list_item_get_item (list_item);
  GtkWidget *box = gtk_list_item_get_child (list_item);
  GtkWidget *title = gtk_widget_get_first_child (box);
  GtkWidget *line = gtk_widget_get_next_sibling (title);
  GtkWidget *icon = gtk_widget_get_first_child (line);
  GtkWidget *status = gtk_widget_get_next_sibling (icon);
  GtkWidget *meta = gtk_widget_get_next_sibling (status);
  const char *text = trygg_risk_analysis_item_get_title (item);
  const char *date = trygg_risk_analysis_item_get_analysed_on (item);
  gboolean approved = trygg_risk_analysis_item_get_approved (item);
  int n = trygg_risk_analysis_item_get_risk_count (item);
  g_autofree char *count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d risk", "%d risks",
                                                         n), n);
  g_autofree char *meta_text = date != NULL ? g_strdup_printf ("%s · %s", date, count)
                                            : g_strdup (count);
  g_autofree char *accessible = NULL;

  gtk_label_set_text (GTK_LABEL (title), *text != '\0' ? text : _("(untitled)"));
  gtk_image_set_from_icon_name (GTK_IMAGE (icon), approved ? "emblem-ok-symbolic"
                                                           : "document-edit-symbolic");
  gtk_label_set_text (GTK_LABEL (status), approved ? _("Approved") : _("Draft"));
  gtk_label_set_text (GTK_LABEL (meta), meta_text);
  /* Translators: an analysis in the list: title, status, then date and risks */
  accessible = g_strdup_printf (_("%s, %s, %s"), gtk_label_get_text (GTK_LABEL (title)),
                                gtk_label_get_text (GTK_LABEL (status)), meta_text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (box), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  accessible, -1);
}

static void
setup_analysis_row (GtkSignalListItemFactory *factory,
                    GtkListItem              *list_item)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  GtkWidget *meta = gtk_label_new (NULL);
  GtkWidget *status = gtk_label_new (NULL);

  gtk_widget_add_css_class (box, "risk-analysis-row");
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (title, "title");
  gtk_widget_add_css_class (line, "caption");
  gtk_widget_add_css_class (line, "dim-label");
  gtk_label_set_ellipsize (GTK_LABEL (meta), PANGO_ELLIPSIZE_END);
  gtk_box_append (GTK_BOX (line), gtk_image_new ());
  gtk_box_append (GTK_BOX (line), status);
  gtk_box_append (GTK_BOX (line), meta);
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), line);
  gtk_list_item_set_child (list_item, box);
}

static void
bind_analysis_row (GtkSignalListItemFactory *factory,
                   GtkListItem              *list_item)
{
  /* "·" between status and the rest */
  GtkWidget *line = gtk_widget_get_next_sibling (
      gtk_widget_get_first_child (gtk_list_item_get_child (list_item)));
  GtkWidget *meta = gtk_widget_get_last_child (line);

  gtk_widget_set_margin_start (meta, 4);
  update_analysis_row (list_item);
  g_signal_connect_object (gtk_list_item_get_item (list_item), "notify",
                           G_CALLBACK (update_analysis_row), list_item, G_CONNECT_SWAPPED);
}

static void
unbind_analysis_row (GtkSignalListItemFactory *factory,
                     GtkListItem              *list_item)
{
  g_signal_handlers_disconnect_by_data (gtk_list_item_get_item (list_item), list_item);
}

/* Returns: (transfer full): the factory of the list of analyses' rows */
GtkListItemFactory *
trygg_risk_analysis_row_factory_new (void)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (setup_analysis_row), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_analysis_row), NULL);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_analysis_row), NULL);
  return factory;
}
