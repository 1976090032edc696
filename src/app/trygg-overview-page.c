/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * TryggOverviewPage: the start page. Cards with the state at a glance — how much is
 * registered, what is overdue — each a button to the list behind it, then the cards the
 * plugins contribute through the overview extension point. An empty database shows what to
 * do first instead.
 */
#define G_LOG_DOMAIN "trygg-overview-page"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "trygg-overview-page.h"
#include "trygg-ui.h"

struct _TryggOverviewPage
{
  GtkWidget      parent_instance;
  GtkWidget     *stack;
  GtkWidget     *core_cards;
  GtkWidget     *plugin_cards;
  TryggDatabase *db;
  TryggPlugins  *plugins;
  gpointer       watch;
  gulong         changed_id;
};

G_DEFINE_FINAL_TYPE (TryggOverviewPage, trygg_overview_page, GTK_TYPE_WIDGET)

static gint64
count (TryggDatabase *db,
       const char    *sql)
{
  sqlite3_stmt *stmt = trygg_database_prepare_cached (db, sql, NULL);
  gint64 n = 0;

  if (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    n = sqlite3_column_int64 (stmt, 0);
  if (stmt != NULL)
    sqlite3_reset (stmt);
  return n;
}

/* A count with the locale's digit grouping: 12 345 in Swedish, 12,345 in English. */
static char *
format_count (gint64 n)
{
  g_autofree char *digits = g_strdup_printf ("%" G_GINT64_FORMAT, n < 0 ? -n : n);
  const char *sep = localeconv ()->thousands_sep;
  GString *s = g_string_new (n < 0 ? "-" : "");
  size_t len = strlen (digits);

  if (sep == NULL || *sep == '\0')
    sep = "";
  for (size_t i = 0; i < len; i++)
    {
      if (i > 0 && (len - i) % 3 == 0)
        g_string_append (s, sep);
      g_string_append_c (s, digits[i]);
    }
  return g_string_free (s, FALSE);
}

/* A card: a big number over what it counts; a button to the page behind it. */
static GtkWidget *
make_card (gint64      n,
           const char *what,
           const char *action,
           const char *target,
           gboolean    alert)
{
  GtkWidget *button = gtk_button_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  g_autofree char *number = format_count (n);
  GtkWidget *value = gtk_label_new (number);
  GtkWidget *label = gtk_label_new (what);
  g_autofree char *accessible = g_strdup_printf ("%s: %s", what, number);

  gtk_widget_add_css_class (value, "title-1");
  if (alert && n > 0)
    {
      GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
      GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
      gtk_widget_add_css_class (value, "error");
      gtk_widget_add_css_class (icon, "error");
      gtk_widget_set_halign (row, GTK_ALIGN_CENTER);
      gtk_box_append (GTK_BOX (row), icon);
      gtk_box_append (GTK_BOX (row), value);
      gtk_box_append (GTK_BOX (box), row);
    }
  else
    gtk_box_append (GTK_BOX (box), value);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_CENTER);
  gtk_box_append (GTK_BOX (box), label);
  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 12);
  gtk_button_set_child (GTK_BUTTON (button), box);
  gtk_widget_add_css_class (button, "card");
  gtk_widget_set_size_request (button, 180, 110);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", target);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  accessible, -1);
  return button;
}

static void
refresh (TryggOverviewPage *self)
{
  GtkWidget *child;
  gint64 rows = count (self->db, "SELECT (SELECT count(*) FROM information_asset) + "
                       "(SELECT count(*) FROM system) + (SELECT count(*) FROM org_unit) + "
                       "(SELECT count(*) FROM person) + (SELECT count(*) FROM action)");

  gtk_stack_set_visible_child_name (GTK_STACK (self->stack), rows > 0 ? "cards" : "empty");
  while ((child = gtk_widget_get_first_child (self->core_cards)) != NULL)
    gtk_flow_box_remove (GTK_FLOW_BOX (self->core_cards), child);

#define CARD(sql, what, action, target, alert) \
  gtk_flow_box_append (GTK_FLOW_BOX (self->core_cards), \
                       make_card (count (self->db, sql), what, action, target, alert))
  CARD ("SELECT count(*) FROM information_asset", _("Information assets"), "win.show-page",
        "assets", FALSE);
  CARD ("SELECT count(*) FROM system WHERE lifecycle != 'retired'", _("Systems in use or planned"),
        "win.show-page", "systems", FALSE);
  CARD ("SELECT count(*) FROM org_unit", _("Units"), "win.show-page", "organisation", FALSE);
  CARD ("SELECT count(*) FROM action WHERE status IN ('not_started', 'in_progress')",
        _("Open actions"), "win.show-actions", "all", FALSE);
  CARD ("SELECT count(*) FROM action WHERE status NOT IN ('done', 'cancelled') "
        "AND due_sort < date('now', 'localtime')", _("Overdue actions"), "win.show-actions",
        "overdue", TRUE);
#undef CARD
}

static void
on_database_changed (TryggOverviewPage *self)
{
  refresh (self);
}

static void
card_added (const char *module,
            GObject    *extension,
            gpointer    user_data)
{
  TryggOverviewPage *self = user_data;
  GtkWidget *card = trygg_overview_extension_create_card (TRYGG_OVERVIEW_EXTENSION (extension),
                                                          self->db);
  if (card == NULL)
    return;
  g_object_set_data_full (G_OBJECT (card), "trygg-module", g_strdup (module), g_free);
  gtk_flow_box_append (GTK_FLOW_BOX (self->plugin_cards), card);
}

static void
card_removed (const char *module,
              GObject    *extension,
              gpointer    user_data)
{
  TryggOverviewPage *self = user_data;

  for (GtkWidget *child = gtk_widget_get_first_child (self->plugin_cards); child != NULL;)
    {
      GtkWidget *next = gtk_widget_get_next_sibling (child);
      GtkWidget *card = gtk_flow_box_child_get_child (GTK_FLOW_BOX_CHILD (child));
      if (g_strcmp0 (g_object_get_data (G_OBJECT (card), "trygg-module"), module) == 0)
        gtk_flow_box_remove (GTK_FLOW_BOX (self->plugin_cards), child);
      child = next;
    }
}

static GtkWidget *
make_flow_box (void)
{
  GtkWidget *flow = gtk_flow_box_new ();

  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (flow), GTK_SELECTION_NONE);
  gtk_flow_box_set_homogeneous (GTK_FLOW_BOX (flow), TRUE);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (flow), 5);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (flow), 12);
  gtk_flow_box_set_row_spacing (GTK_FLOW_BOX (flow), 12);
  return flow;
}

static GtkWidget *
make_empty_state (void)
{
  GtkWidget *status = adw_status_page_new ();
  GtkWidget *button = gtk_button_new_with_mnemonic (_("_Start with the Organisation"));
  GtkWidget *demo = gtk_button_new_with_mnemonic (_("_Explore a Demo Municipality"));
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);

  adw_status_page_set_icon_name (ADW_STATUS_PAGE (status), APP_ID "-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (status), _("Welcome to Trygg"));
  adw_status_page_set_description (ADW_STATUS_PAGE (status),
      _("Start by adding your organisation: the municipality, its committees and "
        "administrations, and the persons who own information. Then list the information "
        "assets and systems. Everything stays on this computer."));
  gtk_widget_set_halign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "pill");
  gtk_widget_add_css_class (button, "suggested-action");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.show-page");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", "organisation");
  gtk_widget_set_halign (demo, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (demo, "pill");
  gtk_widget_set_tooltip_text (demo, _("Opens Exempelkommun, a fictional municipality, in a "
                                       "database of its own. Your database is not changed."));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (demo), "app.demo");
  gtk_box_append (GTK_BOX (buttons), button);
  gtk_box_append (GTK_BOX (buttons), demo);
  adw_status_page_set_child (ADW_STATUS_PAGE (status), buttons);
  return status;
}

static void
trygg_overview_page_dispose (GObject *object)
{
  TryggOverviewPage *self = TRYGG_OVERVIEW_PAGE (object);

  if (self->watch != NULL)
    trygg_plugins_unwatch (self->plugins, g_steal_pointer (&self->watch));
  if (self->db != NULL)
    g_clear_signal_handler (&self->changed_id, self->db);
  g_clear_pointer (&self->stack, gtk_widget_unparent);
  g_clear_object (&self->db);
  g_clear_object (&self->plugins);
  G_OBJECT_CLASS (trygg_overview_page_parent_class)->dispose (object);
}

static void
trygg_overview_page_class_init (TryggOverviewPageClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = trygg_overview_page_dispose;
  gtk_widget_class_set_layout_manager_type (GTK_WIDGET_CLASS (klass), GTK_TYPE_BIN_LAYOUT);
}

static void
trygg_overview_page_init (TryggOverviewPage *self)
{
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  GtkWidget *title = gtk_label_new (_("The state of information security"));

  self->stack = gtk_stack_new ();
  gtk_widget_set_parent (self->stack, GTK_WIDGET (self));
  self->core_cards = make_flow_box ();
  self->plugin_cards = make_flow_box ();

  gtk_widget_add_css_class (title, "title-1");
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), self->core_cards);
  gtk_box_append (GTK_BOX (box), self->plugin_cards);
  gtk_widget_set_margin_top (box, 24);
  gtk_widget_set_margin_bottom (box, 24);
  gtk_widget_set_margin_start (box, 18);
  gtk_widget_set_margin_end (box, 18);
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 1000);
  adw_clamp_set_child (ADW_CLAMP (clamp), box);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);

  gtk_stack_add_named (GTK_STACK (self->stack), scrolled, "cards");
  gtk_stack_add_named (GTK_STACK (self->stack), make_empty_state (), "empty");
}

GtkWidget *
trygg_overview_page_new (TryggDatabase *db,
                         TryggPlugins  *plugins)
{
  TryggOverviewPage *self = g_object_new (TRYGG_TYPE_OVERVIEW_PAGE, NULL);

  self->db = g_object_ref (db);
  self->plugins = g_object_ref (plugins);
  self->changed_id = g_signal_connect_swapped (db, "changed", G_CALLBACK (on_database_changed),
                                               self);
  self->watch = trygg_plugins_watch (plugins, TRYGG_TYPE_OVERVIEW_EXTENSION, card_added,
                                     card_removed, self);
  refresh (self);
  return GTK_WIDGET (self);
}
