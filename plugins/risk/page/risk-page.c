/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * TryggRiskPage: the risk analysis page, where the coordinator prepares and follows up
 * analyses. Left, the analyses (title, draft or approved in words and icon, date, how many
 * risks); right, the chosen one: its title and status, Workshop mode (F5), the report and
 * exports, approval, and four views — the heatmap with the risks of the chosen cell, the
 * risks as a sortable table with the editor of one risk, the analysis itself (purpose,
 * scope, participants, acceptance, approval) and its matrix.
 *
 * Below FOLD_BELOW pixels of width the list of analyses folds away (the leaflet may not
 * unfold), so that the chosen analysis gets the whole width: the back button and F9 show the
 * list, activating an analysis shows it again.
 *
 * The analyses and the risks of the chosen one are GListStores of small items, reloaded in
 * place whenever a transaction touches what they show — so that a risk moved in workshop
 * mode, or a measure's status set in Actions, shows here at once.
 */
#define G_LOG_DOMAIN "trygg-risk"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "risk-page-private.h"
#include "risk-page-util.h"

G_DEFINE_FINAL_TYPE (TryggRiskPage, trygg_risk_page, ADW_TYPE_BIN)

/* the page's width below which the analyses fold away: the analysis then gets all of it */
#define FOLD_BELOW 1100

void
trygg_risk_page_show_error (TryggRiskPage *self,
                            const GError  *error)
{
  trygg_toast_error (GTK_WIDGET (self), error->message);
}

/* Returns: (transfer none) (nullable): the chosen analysis */
TryggRiskAnalysisItem *
trygg_risk_page_get_analysis_item (TryggRiskPage *self)
{
  return gtk_single_selection_get_selected_item (self->analysis_selection);
}

/* Saves what is being typed anywhere on the page. Returns: %FALSE when a save failed */
gboolean
trygg_risk_page_flush (TryggRiskPage *self)
{
  gboolean ok = trygg_risk_detail_flush (trygg_risk_list_get_detail (self->risk_list));

  ok = trygg_risk_analysis_form_flush (self->analysis_form) && ok;
  return trygg_risk_matrix_editor_flush (self->matrix_editor) && ok;
}

void
trygg_risk_page_update_actions (TryggRiskPage *self)
{
  TryggRiskAnalysisItem *item = trygg_risk_page_get_analysis_item (self);
  gboolean any = item != NULL;
  gboolean approved = any && trygg_risk_analysis_item_get_approved (item);
  gboolean risk = any && trygg_risk_list_get_selected (self->risk_list) != NULL;
  const char *actions[] = {
    "risk.workshop", "risk.report", "risk.export-heatmap", "risk.export-csv",
    "risk.delete-analysis", "risk.add-risk", "risk.show-matrix"
  };

  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), actions[i], any);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "risk.approve", any && !approved);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "risk.reopen", approved);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "risk.delete-risk", risk);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "risk.undo", self->undo_last > 0);
}

/* The header: title, status in words and icon, date and number of risks. */
static void
update_header (TryggRiskPage *self)
{
  TryggRiskAnalysisItem *item = trygg_risk_page_get_analysis_item (self);
  const char *title, *date;
  g_autofree char *count = NULL;
  g_autofree char *meta = NULL;
  gboolean approved;
  int n;

  if (item == NULL)
    return;
  title = trygg_risk_analysis_item_get_title (item);
  approved = trygg_risk_analysis_item_get_approved (item);
  date = trygg_risk_analysis_item_get_analysed_on (item);
  n = trygg_risk_analysis_item_get_risk_count (item);
  gtk_label_set_text (self->title_label, *title != '\0' ? title : _("(untitled)"));
  gtk_label_set_text (self->status_label, approved ? _("Approved") : _("Draft"));
  gtk_image_set_from_icon_name (self->status_icon, approved ? "emblem-ok-symbolic"
                                                            : "document-edit-symbolic");
  gtk_widget_remove_css_class (self->status_badge, approved ? "draft" : "approved");
  gtk_widget_add_css_class (self->status_badge, approved ? "approved" : "draft");
  count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d risk", "%d risks", n), n);
  meta = date != NULL
    /* Translators: the date of the analysis, then how many risks it has */
    ? g_strdup_printf (_("Analysed %s · %s"), date, count)
    : g_strdup_printf (_("No date yet · %s"), count);
  gtk_label_set_text (self->meta_label, meta);
  gtk_button_set_label (self->approve_button, approved ? _("_Reopen") : _("A_pprove…"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->approve_button),
                                  approved ? "risk.reopen" : "risk.approve");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->approve_button),
                               approved ? _("Make the analysis a draft again")
                                        : _("Record who approved the analysis, and when"));
}

static void
load_risks (TryggRiskPage *self)
{
  g_autoptr(GError) error = NULL;

  if (!trygg_risk_items_load (self->risks, self->db, self->analysis_id, &error))
    trygg_risk_page_show_error (self, error);
}

/* Reads the analyses again; what is chosen stays chosen. */
static void
reload_analyses (TryggRiskPage *self)
{
  g_autoptr(GError) error = NULL;
  gint64 id = self->analysis_id;
  TryggRiskAnalysisItem *item;

  if (!trygg_risk_analysis_items_load (self->analyses, self->db, &error))
    trygg_risk_page_show_error (self, error);
  gtk_stack_set_visible_child_name (self->list_stack,
      g_list_model_get_n_items (G_LIST_MODEL (self->analyses)) > 0 ? "list" : "empty");
  item = trygg_risk_page_get_analysis_item (self);
  if (id != 0 && (item == NULL || trygg_risk_analysis_item_get_id (item) != id))
    {
      guint position = trygg_risk_analysis_items_find (G_LIST_MODEL (self->analyses), id);
      /* gone (deleted elsewhere): nothing is chosen */
      gtk_single_selection_set_selected (self->analysis_selection,
                                         position != G_MAXUINT ? position
                                                               : GTK_INVALID_LIST_POSITION);
    }
}

/* Reads the analyses and the chosen one's risks again; what is chosen stays chosen. */
void
trygg_risk_page_reload (TryggRiskPage *self)
{
  g_clear_handle_id (&self->reload_source, g_source_remove);
  reload_analyses (self);
  if (self->analysis_id != 0)
    load_risks (self);
  update_header (self);
  trygg_risk_page_update_actions (self);
}

static gboolean
reload_idle (gpointer data)
{
  TryggRiskPage *self = data;

  self->reload_source = 0;
  trygg_risk_page_reload (self);
  return G_SOURCE_REMOVE;
}

static void
on_database_changed (TryggDatabase *db,
                     const char    *table,
                     TryggRiskPage *self)
{
  static const char * const tables[] = {
    "risk_analysis", "risk", "risk_measure", "risk_band", "risk_matrix", "risk_level",
    "person", "action", NULL
  };

  if (g_str_equal (table, "risk_level") || g_str_equal (table, "risk_matrix"))
    trygg_risk_detail_reload_levels (trygg_risk_list_get_detail (self->risk_list));
  if (g_strv_contains (tables, table) && self->reload_source == 0)
    self->reload_source = g_idle_add (reload_idle, self);
}

/* The Analysis and Matrix views are filled when shown (they are forms of many rows, rebuilt
 * for every analysis); while hidden they hold no analysis. */
static void
sync_views (TryggRiskPage *self)
{
  const char *name = adw_view_stack_get_visible_child_name (self->view_stack);

  trygg_risk_analysis_form_set_analysis (self->analysis_form,
      g_strcmp0 (name, "analysis") == 0 ? self->analysis_id : 0);
  trygg_risk_matrix_editor_set_analysis (self->matrix_editor,
      g_strcmp0 (name, "matrix") == 0 ? self->analysis_id : 0);
}

static void
show_analysis (TryggRiskPage *self,
               gint64         analysis_id)
{
  if (analysis_id == self->analysis_id)
    return;
  trygg_risk_page_flush (self);
  self->analysis_id = analysis_id;
  g_list_store_remove_all (self->risks);
  load_risks (self);
  trygg_risk_list_set_analysis (self->risk_list, analysis_id);
  trygg_risk_heatmap_pane_set_analysis (self->heatmap_pane, analysis_id);
  sync_views (self);
  gtk_stack_set_visible_child_name (self->content_stack, analysis_id != 0 ? "analysis"
                                                                          : "none");
  /* folded with nothing chosen: the list, where there is something to choose */
  if (analysis_id == 0 && g_list_model_get_n_items (G_LIST_MODEL (self->analyses)) > 0)
    adw_leaflet_set_visible_child (self->leaflet, self->sidebar);
  update_header (self);
  trygg_risk_page_update_actions (self);
}

static void
on_analysis_selected (TryggRiskPage *self)
{
  TryggRiskAnalysisItem *item = trygg_risk_page_get_analysis_item (self);

  show_analysis (self, item != NULL ? trygg_risk_analysis_item_get_id (item) : 0);
}

/* Shows the chosen analysis; when the list is folded away, the keyboard focus goes along. */
void
trygg_risk_page_show_content (TryggRiskPage *self)
{
  gboolean was_list = adw_leaflet_get_folded (self->leaflet) &&
                      adw_leaflet_get_visible_child (self->leaflet) == self->sidebar;

  adw_leaflet_set_visible_child (self->leaflet, GTK_WIDGET (self->content_stack));
  if (was_list)
    gtk_widget_child_focus (GTK_WIDGET (self->content_stack), GTK_DIR_TAB_FORWARD);
}

static void
on_analysis_activate (TryggRiskPage *self,
                      guint          position)
{
  gtk_single_selection_set_selected (self->analysis_selection, position);
  trygg_risk_page_show_content (self);
}

/* F9 and the back button: folded, between the list and the analysis; else to the list */
static void
show_analyses_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  TryggRiskPage *self = TRYGG_RISK_PAGE (widget);

  if (adw_leaflet_get_folded (self->leaflet) && self->analysis_id != 0 &&
      adw_leaflet_get_visible_child (self->leaflet) == self->sidebar)
    {
      trygg_risk_page_show_content (self);
      return;
    }
  adw_leaflet_set_visible_child (self->leaflet, self->sidebar);
  gtk_widget_grab_focus (GTK_WIDGET (self->analysis_list));
}

/* The page as a bin whose allocation decides whether the list of analyses may stay beside
 * the analysis (a leaflet folds only when its children's minimum widths do not fit). */
static void
page_measure (GtkWidget      *widget,
              GtkOrientation  orientation,
              int             for_size,
              int            *minimum,
              int            *natural,
              int            *minimum_baseline,
              int            *natural_baseline)
{
  GtkWidget *child = adw_bin_get_child (ADW_BIN (widget));

  *minimum = *natural = 0;
  *minimum_baseline = *natural_baseline = -1;
  if (child != NULL && gtk_widget_should_layout (child))
    gtk_widget_measure (child, orientation, for_size, minimum, natural, minimum_baseline,
                        natural_baseline);
}

static void
page_allocate (GtkWidget *widget,
               int        width,
               int        height,
               int        baseline)
{
  TryggRiskPage *self = TRYGG_RISK_PAGE (widget);
  GtkWidget *child = adw_bin_get_child (ADW_BIN (widget));
  gboolean wide = width >= FOLD_BELOW;

  if (self->leaflet != NULL && adw_leaflet_get_can_unfold (self->leaflet) != wide)
    adw_leaflet_set_can_unfold (self->leaflet, wide);
  if (child != NULL && gtk_widget_should_layout (child))
    gtk_widget_allocate (child, width, height, baseline, NULL);
}

static void
on_folded (TryggRiskPage *self)
{
  gtk_widget_set_visible (self->back_button, adw_leaflet_get_folded (self->leaflet));
}

/* Chooses the analysis @analysis_id (0: none) in the list. */
void
trygg_risk_page_select_analysis (TryggRiskPage *self,
                                 gint64         analysis_id)
{
  guint position = trygg_risk_analysis_items_find (G_LIST_MODEL (self->analyses), analysis_id);

  gtk_single_selection_set_selected (self->analysis_selection,
                                     position != G_MAXUINT ? position
                                                           : GTK_INVALID_LIST_POSITION);
  if (position != G_MAXUINT)
    gtk_widget_activate_action (GTK_WIDGET (self->analysis_list), "list.scroll-to-item", "u",
                                position);
}

static void
on_risk_activated (TryggRiskPage *self,
                   gint64         risk_id)
{
  adw_view_stack_set_visible_child_name (self->view_stack, "risks");
  trygg_risk_list_select (self->risk_list, risk_id);
}

/**
 * trygg_risk_page_select_uuid:
 * @uuid: a risk analysis or a risk (a search hit)
 *
 * Shows the analysis, or the risk in the Risks view with its editor open.
 * Returns: %FALSE when there is no such analysis or risk
 */
gboolean
trygg_risk_page_select_uuid (TryggRiskPage *self,
                             const char    *uuid)
{
  gint64 analysis_id, risk_id;

  g_return_val_if_fail (TRYGG_IS_RISK_PAGE (self), FALSE);

  if (!trygg_risk_locate (self->db, uuid, &analysis_id, &risk_id))
    return FALSE;
  if (analysis_id == self->analysis_id)
    trygg_risk_page_reload (self);
  else
    {
      /* the list only: choosing the analysis reads its risks; those of the one left are
       * not read again just before it is left */
      g_clear_handle_id (&self->reload_source, g_source_remove);
      reload_analyses (self);
    }
  trygg_risk_page_select_analysis (self, analysis_id);
  if (self->analysis_id != analysis_id)
    {
      trygg_risk_page_reload (self);
      return FALSE;
    }
  trygg_risk_page_show_content (self);
  if (risk_id != 0)
    {
      on_risk_activated (self, risk_id);
      return trygg_risk_list_get_selected (self->risk_list) != NULL;
    }
  return TRUE;
}

static void
trygg_risk_page_dispose (GObject *object)
{
  TryggRiskPage *self = TRYGG_RISK_PAGE (object);

  if (self->risk_list != NULL && self->db != NULL)
    trygg_risk_page_flush (self);
  g_clear_handle_id (&self->reload_source, g_source_remove);
  if (self->db != NULL)
    g_clear_signal_handler (&self->changed_id, self->db);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (self->chooser);
  g_clear_object (&self->chooser);
  /* the leaflet is the bin's child: let the bin drop it before the template does */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), TRYGG_TYPE_RISK_PAGE);
  g_clear_object (&self->analysis_selection);
  g_clear_object (&self->analyses);
  g_clear_object (&self->risks);
  g_clear_object (&self->db);
  G_OBJECT_CLASS (trygg_risk_page_parent_class)->dispose (object);
}

static void
trygg_risk_page_class_init (TryggRiskPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = trygg_risk_page_dispose;
  gtk_widget_class_set_template_from_resource (widget_class,
      "/io/github/trygg/Trygg/plugins/risk/risk-page.ui");
  gtk_widget_class_bind_template_child (widget_class, TryggRiskPage, leaflet);
  gtk_widget_class_bind_template_child (widget_class, TryggRiskPage, sidebar);
  gtk_widget_class_bind_template_child (widget_class, TryggRiskPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, TryggRiskPage, analysis_list);
  gtk_widget_class_bind_template_child (widget_class, TryggRiskPage, content_stack);
  gtk_widget_class_bind_template_child (widget_class, TryggRiskPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, TryggRiskPage, status_badge);
  gtk_widget_class_bind_template_child (widget_class, TryggRiskPage, status_icon);
  gtk_widget_class_bind_template_child (widget_class, TryggRiskPage, status_label);
  gtk_widget_class_bind_template_child (widget_class, TryggRiskPage, meta_label);
  gtk_widget_class_bind_template_child (widget_class, TryggRiskPage, approve_button);
  gtk_widget_class_bind_template_child (widget_class, TryggRiskPage, back_button);
  gtk_widget_class_bind_template_child (widget_class, TryggRiskPage, view_stack);
  trygg_risk_page_install_actions (widget_class);
  gtk_widget_class_install_action (widget_class, "risk.show-analyses", NULL,
                                   show_analyses_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F9, 0, "risk.show-analyses", NULL);
}

static void
trygg_risk_page_init (TryggRiskPage *self)
{
  GtkListItemFactory *factory = trygg_risk_analysis_row_factory_new ();

  trygg_risk_page_load_css ();
  gtk_widget_set_layout_manager (GTK_WIDGET (self),
                                 gtk_custom_layout_new (NULL, page_measure, page_allocate));
  gtk_widget_init_template (GTK_WIDGET (self));
  self->analyses = g_list_store_new (TRYGG_TYPE_RISK_ANALYSIS_ITEM);
  self->risks = g_list_store_new (TRYGG_TYPE_RISK_ITEM);
  self->analysis_selection =
    gtk_single_selection_new (G_LIST_MODEL (g_object_ref (self->analyses)));
  gtk_single_selection_set_autoselect (self->analysis_selection, FALSE);
  gtk_single_selection_set_can_unselect (self->analysis_selection, TRUE);
  gtk_single_selection_set_selected (self->analysis_selection, GTK_INVALID_LIST_POSITION);
  g_signal_connect_swapped (self->analysis_selection, "notify::selected-item",
                            G_CALLBACK (on_analysis_selected), self);
  gtk_list_view_set_factory (self->analysis_list, factory);
  g_object_unref (factory);
  gtk_list_view_set_model (self->analysis_list,
                           GTK_SELECTION_MODEL (self->analysis_selection));
  g_signal_connect_swapped (self->analysis_list, "activate", G_CALLBACK (on_analysis_activate),
                            self);
  g_signal_connect_swapped (self->leaflet, "notify::folded", G_CALLBACK (on_folded), self);
}

static void
add_view (TryggRiskPage *self,
          GtkWidget     *child,
          const char    *name,
          const char    *title,
          const char    *icon)
{
  AdwViewStackPage *page = adw_view_stack_add_titled (self->view_stack, child, name, title);

  adw_view_stack_page_set_icon_name (page, icon);
  adw_view_stack_page_set_use_underline (page, TRUE);
}

/* Returns: (transfer full): the risk analysis page on @db */
GtkWidget *
trygg_risk_page_new (TryggDatabase *db)
{
  TryggRiskPage *self = g_object_new (TRYGG_TYPE_RISK_PAGE, NULL);

  self->db = g_object_ref (db);
  self->heatmap_pane = TRYGG_RISK_HEATMAP_PANE (trygg_risk_heatmap_pane_new (
      db, G_LIST_MODEL (self->risks)));
  self->risk_list = TRYGG_RISK_LIST (trygg_risk_list_new (db, G_LIST_MODEL (self->risks)));
  self->analysis_form = TRYGG_RISK_ANALYSIS_FORM (trygg_risk_analysis_form_new (db));
  self->matrix_editor = TRYGG_RISK_MATRIX_EDITOR (trygg_risk_matrix_editor_new (db));
  add_view (self, GTK_WIDGET (self->heatmap_pane), "heatmap", _("_Heatmap"),
            "view-grid-symbolic");
  add_view (self, GTK_WIDGET (self->risk_list), "risks", _("_Risks"), "view-list-symbolic");
  add_view (self, GTK_WIDGET (self->analysis_form), "analysis", _("A_nalysis"),
            "x-office-document-symbolic");
  add_view (self, GTK_WIDGET (self->matrix_editor), "matrix", _("_Matrix"),
            "preferences-system-symbolic");
  g_signal_connect_object (self->view_stack, "notify::visible-child-name",
                           G_CALLBACK (sync_views), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->heatmap_pane, "risk-activated",
                           G_CALLBACK (on_risk_activated), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_column_view_get_model (
                             trygg_risk_list_get_column_view (self->risk_list)),
                           "notify::selected-item",
                           G_CALLBACK (trygg_risk_page_update_actions), self,
                           G_CONNECT_SWAPPED);
  /* Delete deletes the chosen risk where risks are listed (not while typing) */
  {
    GtkEventController *shortcuts = gtk_shortcut_controller_new ();

    gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Delete, 0),
                          gtk_named_action_new ("risk.delete-risk")));
    gtk_widget_add_controller (GTK_WIDGET (trygg_risk_list_get_column_view (self->risk_list)),
                               shortcuts);
  }
  self->changed_id = g_signal_connect (db, "changed", G_CALLBACK (on_database_changed), self);
  trygg_risk_page_reload (self);
  /* the newest analysis, so that the page opens on work */
  if (g_list_model_get_n_items (G_LIST_MODEL (self->analyses)) > 0)
    gtk_single_selection_set_selected (self->analysis_selection, 0);
  else
    show_analysis (self, 0);
  gtk_stack_set_visible_child_name (self->content_stack, self->analysis_id != 0 ? "analysis"
                                                                                : "none");
  /* folded, the page opens on the chosen analysis too */
  if (self->analysis_id != 0)
    adw_leaflet_set_visible_child (self->leaflet, GTK_WIDGET (self->content_stack));
  return GTK_WIDGET (self);
}
