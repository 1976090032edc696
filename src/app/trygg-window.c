/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * TryggWindow: a sidebar of pages (Overview; the plugin pages; the core registers) beside the
 * page itself, in an AdwLeaflet that folds on a narrow screen. Plugin pages come and go with
 * their plugins through the page extension point.
 */
#define G_LOG_DOMAIN "trygg-window"

#include "config.h"

#include <glib/gi18n.h>
#include <unistd.h>

#include "trygg-actions-page.h"
#include "trygg-demo.h"
#include "trygg-organisation-page.h"
#include "trygg-paths.h"
#include "trygg-overview-page.h"
#include "trygg-register-page.h"
#include "trygg-registers.h"
#include "trygg-search-window.h"
#include "trygg-transfer.h"
#include "trygg-window.h"
#include "trygg-ui.h"

struct _TryggWindow
{
  AdwApplicationWindow  parent_instance;

  AdwToastOverlay      *toast_overlay;
  AdwLeaflet           *leaflet;
  GtkListBox           *sidebar;
  GtkStack             *stack;
  AdwWindowTitle       *page_title;
  AdwWindowTitle       *sidebar_title;

  TryggApplication     *app;
  gpointer              page_watch;
};

G_DEFINE_FINAL_TYPE (TryggWindow, trygg_window, ADW_TYPE_APPLICATION_WINDOW)

/* Sidebar order: the overview, then plugin pages by their position, then the registers. */
enum { GROUP_OVERVIEW = 0, GROUP_PLUGINS = 1000, GROUP_REGISTERS = 100000 };

static int
row_order (GtkListBoxRow *row)
{
  return GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "trygg-order"));
}

static int
row_group (GtkListBoxRow *row)
{
  int order = row_order (row);
  return order >= GROUP_REGISTERS ? 2 : order >= GROUP_PLUGINS ? 1 : 0;
}

static int
sort_rows (GtkListBoxRow *a,
           GtkListBoxRow *b,
           gpointer       data)
{
  return row_order (a) - row_order (b);
}

static void
header_rows (GtkListBoxRow *row,
             GtkListBoxRow *before,
             gpointer       data)
{
  gboolean new_group = before != NULL && row_group (row) != row_group (before);

  gtk_list_box_row_set_header (row, new_group ? gtk_separator_new (GTK_ORIENTATION_HORIZONTAL)
                                              : NULL);
}

/* Pages are made when first shown: a register of 100 000 rows costs nothing until then,
 * and the first frame shows only the Overview. The stack holds a box per page meanwhile. */
typedef GtkWidget *(*PageFactory) (TryggWindow *self,
                                   gconstpointer data);

typedef struct {
  PageFactory    factory;
  gconstpointer  data;
  GDestroyNotify destroy;
} PageSlot;

static void
page_slot_free (gpointer data)
{
  PageSlot *slot = data;

  if (slot->destroy != NULL)
    slot->destroy ((gpointer) slot->data);
  g_free (slot);
}

static void
add_page (TryggWindow *self,
          const char  *id,
          const char  *title,
          const char  *icon_name,
          int          order,
          PageFactory     factory,
          gconstpointer   data,
          GDestroyNotify  destroy)
{
  PageSlot *slot = g_new0 (PageSlot, 1);
  GtkWidget *holder = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *label = gtk_label_new (title);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_box_append (GTK_BOX (box), gtk_image_new_from_icon_name (icon_name));
  gtk_box_append (GTK_BOX (box), label);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_widget_set_name (row, id);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  g_object_set_data (G_OBJECT (row), "trygg-order", GINT_TO_POINTER (order));
  g_object_set_data_full (G_OBJECT (row), "trygg-title", g_strdup (title), g_free);
  gtk_list_box_append (self->sidebar, row);

  slot->factory = factory;
  slot->data = data;
  slot->destroy = destroy;
  g_object_set_data_full (G_OBJECT (holder), "trygg-slot", slot, page_slot_free);
  gtk_stack_add_titled (self->stack, holder, id, title);
}

static GtkWidget *
ensure_page (TryggWindow *self,
             const char  *id)
{
  GtkWidget *holder = gtk_stack_get_child_by_name (self->stack, id);
  GtkWidget *page;
  PageSlot *slot;

  if (holder == NULL)
    return NULL;
  if ((page = gtk_widget_get_first_child (holder)) != NULL)
    return page;
  slot = g_object_get_data (G_OBJECT (holder), "trygg-slot");
  page = slot->factory (self, slot->data);
  gtk_widget_set_vexpand (page, TRUE);
  gtk_widget_set_hexpand (page, TRUE);
  gtk_box_append (GTK_BOX (holder), page);
  return page;
}

static GtkListBoxRow *
find_row (TryggWindow *self,
          const char  *id)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->sidebar));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_BOX_ROW (child) && g_strcmp0 (gtk_widget_get_name (child), id) == 0)
      return GTK_LIST_BOX_ROW (child);
  return NULL;
}

static void
remove_page (TryggWindow *self,
             const char  *id)
{
  GtkListBoxRow *row = find_row (self, id);
  GtkWidget *page = gtk_stack_get_child_by_name (self->stack, id);
  gboolean was_visible = page != NULL && gtk_stack_get_visible_child (self->stack) == page;

  if (row != NULL)
    gtk_list_box_remove (self->sidebar, GTK_WIDGET (row));
  if (page != NULL)
    gtk_stack_remove (self->stack, page);
  if (was_visible)
    trygg_window_show_page (self, "overview");
}

static GtkWidget *
make_plugin_page (TryggWindow   *self,
                  gconstpointer  extension)
{
  return trygg_page_extension_create_page (TRYGG_PAGE_EXTENSION ((gpointer) extension),
                                           trygg_application_get_database (self->app));
}

static void
page_added (const char *module,
            GObject    *extension,
            gpointer    user_data)
{
  TryggWindow *self = user_data;
  TryggPageExtension *ext = TRYGG_PAGE_EXTENSION (extension);

  add_page (self, trygg_page_extension_get_id (ext), trygg_page_extension_get_title (ext),
            trygg_page_extension_get_icon_name (ext),
            GROUP_PLUGINS + trygg_page_extension_get_position (ext),
            make_plugin_page, g_object_ref (ext), g_object_unref);
}

static void
page_removed (const char *module,
              GObject    *extension,
              gpointer    user_data)
{
  remove_page (user_data, trygg_page_extension_get_id (TRYGG_PAGE_EXTENSION (extension)));
}

/* Shows the page of @row in the stack, without moving a folded leaflet. */
static void
stack_show_row (TryggWindow   *self,
                GtkListBoxRow *row)
{
  const char *page_id = gtk_widget_get_name (GTK_WIDGET (row));

  ensure_page (self, page_id);
  gtk_stack_set_visible_child_name (self->stack, page_id);
  adw_window_title_set_title (self->page_title, g_object_get_data (G_OBJECT (row), "trygg-title"));
}

gboolean
trygg_window_show_page (TryggWindow *self,
                        const char  *page_id)
{
  GtkListBoxRow *row = find_row (self, page_id);

  if (row == NULL)
    return FALSE;
  gtk_list_box_select_row (self->sidebar, row);
  stack_show_row (self, row);
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
  return TRUE;
}

const char *
trygg_window_get_page_id (TryggWindow *self)
{
  return gtk_stack_get_visible_child_name (self->stack);
}

GtkWidget *
trygg_window_get_page (TryggWindow *self,
                       const char  *page_id)
{
  return ensure_page (self, page_id);
}

void
trygg_window_add_toast (TryggWindow *self,
                        AdwToast    *toast)
{
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
on_sidebar_row_activated (GtkListBox    *box,
                          GtkListBoxRow *row,
                          TryggWindow   *self)
{
  trygg_window_show_page (self, gtk_widget_get_name (GTK_WIDGET (row)));
}

/* Arrow keys move the sidebar's selection (browse mode): the page follows it, so that the
 * highlighted row is always the page shown. */
static void
on_sidebar_row_selected (GtkListBox    *box,
                         GtkListBoxRow *row,
                         TryggWindow   *self)
{
  if (row != NULL &&
      g_strcmp0 (gtk_widget_get_name (GTK_WIDGET (row)), trygg_window_get_page_id (self)) != 0)
    stack_show_row (self, row);
}

static void
on_back_clicked (TryggWindow *self)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
show_page_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  trygg_window_show_page (TRYGG_WINDOW (widget), g_variant_get_string (param, NULL));
}

/* The Actions page with a filter: "all", "mine" or "overdue" (from the Overview cards) */
static void
show_actions_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  TryggWindow *self = TRYGG_WINDOW (widget);

  trygg_actions_page_set_filter (TRYGG_ACTIONS_PAGE (trygg_window_get_page (self, "actions")),
                                 g_variant_get_string (param, NULL), NULL, NULL);
  trygg_window_show_page (self, "actions");
}

static gboolean
select_in_plugin_page (TryggWindow *self,
                       const char  *page_id,
                       const char  *uuid)
{
  g_autoptr(GPtrArray) pages = trygg_plugins_get_extensions (
      trygg_application_get_plugins (self->app), TRYGG_TYPE_PAGE_EXTENSION);

  for (guint i = 0; i < pages->len; i++)
    {
      TryggPageExtension *ext = g_ptr_array_index (pages, i);
      if (g_str_equal (trygg_page_extension_get_id (ext), page_id))
        return trygg_page_extension_select_row (ext, trygg_window_get_page (self, page_id), uuid);
    }
  return FALSE;
}

static const struct {
  const char *table;
  const char *page;
  const char *part;
} row_pages[] = {
  { "information_asset", "assets", NULL },
  { "system", "systems", NULL },
  { "action", "actions", NULL },
  { "org_unit", "organisation", "units" },
  { "person", "organisation", "persons" },
  { "process", "organisation", "processes" },
  { "supplier", "organisation", "suppliers" },
};

/**
 * trygg_window_open_row:
 * @kind: the search kind of the row, for rows of plugins
 *
 * Shows the page of a row with the row selected (a search hit, an Overview card).
 */
gboolean
trygg_window_open_row (TryggWindow *self,
                       const char  *table,
                       const char  *kind,
                       const char  *uuid)
{
  TryggDatabase *db = trygg_application_get_database (self->app);
  g_autofree char *sql = g_strdup_printf ("SELECT id FROM \"%s\" WHERE uuid = ?", table);
  g_autoptr(sqlite3_stmt) stmt = trygg_database_prepare (db, sql, NULL);
  g_autoptr(GPtrArray) searchers = NULL;
  gint64 id = 0;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);

  for (guint i = 0; i < G_N_ELEMENTS (row_pages); i++)
    if (g_str_equal (row_pages[i].table, table))
      {
        GtkWidget *page = trygg_window_get_page (self, row_pages[i].page);
        trygg_window_show_page (self, row_pages[i].page);
        if (row_pages[i].part != NULL)
          page = trygg_organisation_page_show (page, row_pages[i].part);
        else if (TRYGG_IS_ACTIONS_PAGE (page))
          page = trygg_actions_page_get_register (TRYGG_ACTIONS_PAGE (page));
        return trygg_register_page_select_id (TRYGG_REGISTER_PAGE (page), id);
      }

  /* a plugin's row: its search extension names the page, its page extension selects */
  searchers = trygg_plugins_get_extensions (trygg_application_get_plugins (self->app),
                                            TRYGG_TYPE_SEARCH_EXTENSION);
  for (guint i = 0; i < searchers->len; i++)
    {
      const char *page_id = trygg_search_extension_get_page_for_kind (
          g_ptr_array_index (searchers, i), kind);
      if (page_id != NULL && trygg_window_show_page (self, page_id))
        return select_in_plugin_page (self, page_id, uuid);
    }
  return FALSE;
}

/* A row by its table, search kind (for rows of plugins; may be empty) and uuid: "(sss)" */
static void
open_row_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  const char *table, *kind, *uuid;

  g_variant_get (param, "(&s&s&s)", &table, &kind, &uuid);
  trygg_window_open_row (TRYGG_WINDOW (widget), table, kind, uuid);
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  TryggWindow *self = TRYGG_WINDOW (widget);
  GtkWidget *search = trygg_search_window_new (self, trygg_application_get_database (self->app),
                                               trygg_application_get_plugins (self->app));
  gtk_window_present (GTK_WINDOW (search));
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  trygg_transfer_choose (GTK_WINDOW (widget), TRYGG_WINDOW (widget)->app, TRYGG_TRANSFER_EXPORT);
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  trygg_transfer_choose (GTK_WINDOW (widget), TRYGG_WINDOW (widget)->app, TRYGG_TRANSFER_IMPORT);
}

/* Alt+1 … Alt+9: the n-th page of the sidebar */
static void
show_nth_page_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  TryggWindow *self = TRYGG_WINDOW (widget);
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->sidebar, g_variant_get_int32 (param));

  if (row != NULL)
    trygg_window_show_page (self, gtk_widget_get_name (GTK_WIDGET (row)));
}

typedef struct {
  const char  *id;
  const char  *title;
  const char  *icon_name;
  GtkWidget *(*create) (TryggDatabase *db);
} Register;

static const Register registers[] = {
  { "assets", N_("Information assets"), "folder-documents-symbolic",
    trygg_registers_new_assets_page },
  { "systems", N_("Systems"), "computer-symbolic", trygg_registers_new_systems_page },
  { "organisation", N_("Organisation"), "system-users-symbolic", trygg_organisation_page_new },
};

static GtkWidget *
make_overview (TryggWindow   *self,
               gconstpointer  data)
{
  return trygg_overview_page_new (trygg_application_get_database (self->app),
                                  trygg_application_get_plugins (self->app));
}

/* Gives every register page in @widget (a core page) the sections of the plugins. */
static void
watch_sections (TryggWindow *self,
                GtkWidget   *widget)
{
  if (TRYGG_IS_REGISTER_PAGE (widget))
    {
      trygg_register_page_watch_sections (TRYGG_REGISTER_PAGE (widget),
                                          trygg_application_get_plugins (self->app));
      return;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    watch_sections (self, child);
}

static GtkWidget *
make_register (TryggWindow   *self,
               gconstpointer  data)
{
  const Register *reg = data;
  GtkWidget *page = reg->create (trygg_application_get_database (self->app));

  watch_sections (self, page);
  return page;
}

static GtkWidget *
make_actions (TryggWindow   *self,
              gconstpointer  data)
{
  g_autoptr(GPtrArray) plugins = trygg_plugins_list (trygg_application_get_plugins (self->app));
  GtkWidget *page = trygg_actions_page_new (trygg_application_get_database (self->app), plugins);

  watch_sections (self, page);
  return page;
}

static void
add_core_pages (TryggWindow *self)
{
  add_page (self, "overview", _("Overview"), "view-grid-symbolic", GROUP_OVERVIEW,
            make_overview, NULL, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (registers); i++)
    add_page (self, registers[i].id, _(registers[i].title), registers[i].icon_name,
              GROUP_REGISTERS + 1 + i, make_register, &registers[i], NULL);
  add_page (self, "actions", _("Actions"), "object-select-symbolic", GROUP_REGISTERS + 4,
            make_actions, NULL, NULL);
}

/* Called once the window knows its application: the pages need its database and plugins. */
static void
setup (TryggWindow      *self,
       TryggApplication *app)
{
  GSettings *settings = trygg_application_get_settings (app);

  self->app = app;

  g_settings_bind (settings, "window-width", self, "default-width", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "window-height", self, "default-height", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "window-maximized", self, "maximized", G_SETTINGS_BIND_DEFAULT);

  add_core_pages (self);
  self->page_watch = trygg_plugins_watch (trygg_application_get_plugins (self->app),
                                          TRYGG_TYPE_PAGE_EXTENSION, page_added, page_removed,
                                          self);
  trygg_window_show_page (self, "overview");
}

static void
trygg_window_dispose (GObject *object)
{
  TryggWindow *self = TRYGG_WINDOW (object);

  if (self->page_watch != NULL)
    {
      trygg_plugins_unwatch (trygg_application_get_plugins (self->app), self->page_watch);
      self->page_watch = NULL;
    }
  gtk_widget_dispose_template (GTK_WIDGET (self), TRYGG_TYPE_WINDOW);
  G_OBJECT_CLASS (trygg_window_parent_class)->dispose (object);
}

static void
trygg_window_class_init (TryggWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = trygg_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/trygg/Trygg/trygg-window.ui");
  gtk_widget_class_bind_template_child (widget_class, TryggWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, TryggWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, TryggWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, TryggWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, TryggWindow, page_title);
  gtk_widget_class_bind_template_child (widget_class, TryggWindow, sidebar_title);
  gtk_widget_class_bind_template_callback (widget_class, on_sidebar_row_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_sidebar_row_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_back_clicked);

  gtk_widget_class_install_action (widget_class, "win.show-page", "s", show_page_action);
  gtk_widget_class_install_action (widget_class, "win.show-nth-page", "i", show_nth_page_action);
  gtk_widget_class_install_action (widget_class, "win.show-actions", "s", show_actions_action);
  gtk_widget_class_install_action (widget_class, "win.open-row", "(sss)", open_row_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK,
                                       "win.search", NULL);
  gtk_widget_class_install_action (widget_class, "win.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "win.import", NULL, import_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.export", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_i, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.import", NULL);
  for (int i = 0; i < 9; i++)
    gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1 + i, GDK_ALT_MASK,
                                         "win.show-nth-page", "i", i);
}

static void
trygg_window_init (TryggWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_list_box_set_sort_func (self->sidebar, sort_rows, NULL, NULL);
  gtk_list_box_set_header_func (self->sidebar, header_rows, NULL, NULL);
}

/* For the benchmarks: with TRYGG_EXIT_AFTER_FIRST_FRAME set, print the milliseconds from
 * main() to the window's first painted frame and the resident memory then, and quit. */
static void
on_after_paint (GdkFrameClock *clock,
                TryggWindow   *self)
{
  g_autofree char *statm = NULL;
  long pages = 0, resident = 0;

  g_signal_handlers_disconnect_matched (clock, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
  if (g_file_get_contents ("/proc/self/statm", &statm, NULL, NULL))
    sscanf (statm, "%ld %ld", &pages, &resident);
  g_print ("first-frame %.1f ms rss %ld kB\n",
           (g_get_monotonic_time () - trygg_paths_start_time ()) / 1000.0,
           resident * (sysconf (_SC_PAGESIZE) / 1024));
  g_application_quit (G_APPLICATION (self->app));
}

static void
on_map_for_benchmark (GtkWidget *widget)
{
  g_signal_connect (gtk_widget_get_frame_clock (widget), "after-paint",
                    G_CALLBACK (on_after_paint), widget);
}

TryggWindow *
trygg_window_new (TryggApplication *app)
{
  TryggWindow *self = g_object_new (TRYGG_TYPE_WINDOW, "application", app, NULL);
  g_autofree char *demo = NULL;

  setup (self, app);
  if (g_getenv ("TRYGG_EXIT_AFTER_FIRST_FRAME") != NULL)
    g_signal_connect (self, "map", G_CALLBACK (on_map_for_benchmark), NULL);
  demo = trygg_demo_path ();
  if (g_str_equal (trygg_database_get_path (trygg_application_get_database (app)), demo))
    adw_window_title_set_subtitle (self->sidebar_title, _("Demo municipality"));
  return self;
}
