/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * TryggSearchWindow: the global search (Ctrl+F). Results come as you type from the FTS5
 * index, grouped by kind; Enter opens the best hit (or the chosen one) on its page with the
 * row selected; Escape closes.
 */
#define G_LOG_DOMAIN "trygg-search-window"

#include "config.h"

#include <glib/gi18n.h>

#include "trygg-search-window.h"

#define PER_KIND 8

struct _TryggSearchWindow
{
  AdwWindow       parent_instance;
  TryggWindow    *main_window;
  TryggDatabase  *db;
  TryggPlugins   *plugins;
  GtkSearchEntry *entry;
  GtkListBox     *results;
  GtkStack       *stack;
  AdwStatusPage  *status;
  GPtrArray      *hits;
};

G_DEFINE_FINAL_TYPE (TryggSearchWindow, trygg_search_window, ADW_TYPE_WINDOW)

static const struct {
  const char *kind;
  const char *label;
} core_kinds[] = {
  { "asset", N_("Information assets") },
  { "system", N_("Systems") },
  { "unit", N_("Units") },
  { "person", N_("Persons") },
  { "process", N_("Processes") },
  { "supplier", N_("Suppliers") },
  { "action", N_("Actions") },
};

static const char *
kind_label (TryggSearchWindow *self,
            const char        *kind)
{
  g_autoptr(GPtrArray) searchers = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (core_kinds); i++)
    if (g_str_equal (core_kinds[i].kind, kind))
      return _(core_kinds[i].label);
  searchers = trygg_plugins_get_extensions (self->plugins, TRYGG_TYPE_SEARCH_EXTENSION);
  for (guint i = 0; i < searchers->len; i++)
    {
      const char *label = trygg_search_extension_get_kind_label (g_ptr_array_index (searchers, i),
                                                                 kind);
      if (label != NULL)
        return label;
    }
  return kind;
}

static void
header_func (GtkListBoxRow *row,
             GtkListBoxRow *before,
             gpointer       data)
{
  TryggSearchWindow *self = data;
  TryggSearchHit *hit = g_object_get_data (G_OBJECT (row), "trygg-hit");
  TryggSearchHit *prev = before ? g_object_get_data (G_OBJECT (before), "trygg-hit") : NULL;
  GtkWidget *label;

  if (prev != NULL && g_str_equal (prev->kind, hit->kind))
    {
      gtk_list_box_row_set_header (row, NULL);
      return;
    }
  label = gtk_label_new (kind_label (self, hit->kind));
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "heading");
  gtk_widget_set_margin_top (label, 12);
  gtk_widget_set_margin_bottom (label, 6);
  gtk_widget_set_margin_start (label, 12);
  gtk_list_box_row_set_header (row, label);
}

static GtkWidget *
make_row (TryggSearchWindow *self,
          TryggSearchHit    *hit)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *accessible = g_strdup_printf ("%s: %s", kind_label (self, hit->kind),
                                                 hit->title);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), *hit->title ? hit->title : "—");
  if (hit->snippet != NULL && *hit->snippet != '\0' && g_strcmp0 (hit->snippet, hit->title) != 0)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), hit->snippet);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  accessible, -1);
  g_object_set_data (G_OBJECT (row), "trygg-hit", hit);
  return row;
}

void
trygg_search_window_search (TryggSearchWindow *self,
                            const char        *text)
{
  g_autoptr(GError) error = NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->results))) != NULL)
    gtk_list_box_remove (self->results, child);
  g_clear_pointer (&self->hits, g_ptr_array_unref);

  self->hits = trygg_search_run (self->db, text, PER_KIND, &error);
  if (self->hits == NULL)
    {
      adw_status_page_set_title (self->status, _("Search Failed"));
      adw_status_page_set_description (self->status, error->message);
      gtk_stack_set_visible_child_name (self->stack, "status");
      return;
    }
  for (guint i = 0; i < self->hits->len; i++)
    gtk_list_box_append (self->results, make_row (self, g_ptr_array_index (self->hits, i)));

  if (self->hits->len > 0)
    gtk_stack_set_visible_child_name (self->stack, "results");
  else
    {
      g_autofree char *query = trygg_search_fts_query (text);
      gboolean empty = query == NULL;
      adw_status_page_set_title (self->status, empty ? _("Search Everything")
                                                     : _("No Results"));
      adw_status_page_set_description (self->status,
          empty ? _("Information assets, systems, persons, units, actions and the rows of "
                    "every plugin. The beginning of a word is enough.")
                : _("Try fewer or shorter words."));
      gtk_stack_set_visible_child_name (self->stack, "status");
    }
}

guint
trygg_search_window_get_n_results (TryggSearchWindow *self)
{
  return self->hits != NULL ? self->hits->len : 0;
}

static void
open_hit (TryggSearchWindow *self,
          TryggSearchHit    *hit)
{
  TryggWindow *main_window = self->main_window;
  g_autofree char *table = g_strdup (hit->table);
  g_autofree char *kind = g_strdup (hit->kind);
  g_autofree char *uuid = g_strdup (hit->uuid);

  gtk_window_destroy (GTK_WINDOW (self));
  trygg_window_open_row (main_window, table, kind, uuid);
}

gboolean
trygg_search_window_activate_first (TryggSearchWindow *self)
{
  if (self->hits == NULL || self->hits->len == 0)
    return FALSE;
  open_hit (self, g_ptr_array_index (self->hits, 0));
  return TRUE;
}

/* As you type from the second letter on: one letter matches half of a large municipality.
 * Enter searches for a single letter too. */
static void
on_search_changed (GtkSearchEntry    *entry,
                   TryggSearchWindow *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));
  guint letters = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (g_unichar_isalnum (g_utf8_get_char (p)))
      letters++;
  if (letters == 1)
    {
      adw_status_page_set_title (self->status, _("Keep Typing"));
      adw_status_page_set_description (self->status,
          _("Results appear from the second letter, or press Enter to search for one."));
      gtk_stack_set_visible_child_name (self->stack, "status");
      return;
    }
  trygg_search_window_search (self, text);
}

/* Enter: the best hit of what is typed now, even before the search-as-you-type delay. */
static void
on_entry_activate (GtkSearchEntry    *entry,
                   TryggSearchWindow *self)
{
  trygg_search_window_search (self, gtk_editable_get_text (GTK_EDITABLE (entry)));
  trygg_search_window_activate_first (self);
}

static void
on_row_activated (GtkListBox        *box,
                  GtkListBoxRow     *row,
                  TryggSearchWindow *self)
{
  open_hit (self, g_object_get_data (G_OBJECT (row), "trygg-hit"));
}

static void
on_stop_search (TryggSearchWindow *self)
{
  gtk_window_destroy (GTK_WINDOW (self));
}

/* Down from the entry moves into the results. */
static gboolean
on_entry_key (GtkEventControllerKey *controller,
              guint                  keyval,
              guint                  keycode,
              GdkModifierType        state,
              TryggSearchWindow     *self)
{
  GtkListBoxRow *first;

  if (keyval != GDK_KEY_Down && keyval != GDK_KEY_KP_Down)
    return FALSE;
  first = gtk_list_box_get_row_at_index (self->results, 0);
  if (first != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (first));
  return first != NULL;
}

static void
trygg_search_window_dispose (GObject *object)
{
  TryggSearchWindow *self = TRYGG_SEARCH_WINDOW (object);

  g_clear_pointer (&self->hits, g_ptr_array_unref);
  g_clear_object (&self->db);
  g_clear_object (&self->plugins);
  G_OBJECT_CLASS (trygg_search_window_parent_class)->dispose (object);
}

static void
trygg_search_window_class_init (TryggSearchWindowClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = trygg_search_window_dispose;
  gtk_widget_class_add_binding_action (GTK_WIDGET_CLASS (klass), GDK_KEY_Escape, 0,
                                       "window.close", NULL);
}

static void
trygg_search_window_init (TryggSearchWindow *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();
  GtkEventController *keys = gtk_event_controller_key_new ();

  gtk_window_set_title (GTK_WINDOW (self), _("Search"));
  gtk_window_set_default_size (GTK_WINDOW (self), 640, 560);
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);

  self->entry = GTK_SEARCH_ENTRY (gtk_search_entry_new ());
  g_object_set (self->entry, "placeholder-text", _("Search assets, systems, persons, actions…"),
                NULL);
  gtk_widget_set_hexpand (GTK_WIDGET (self->entry), TRUE);
  gtk_widget_set_size_request (GTK_WIDGET (self->entry), 360, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Search everything"), -1);
  g_signal_connect (self->entry, "search-changed", G_CALLBACK (on_search_changed), self);
  g_signal_connect (self->entry, "activate", G_CALLBACK (on_entry_activate), self);
  g_signal_connect_swapped (self->entry, "stop-search", G_CALLBACK (on_stop_search), self);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_entry_key), self);
  gtk_widget_add_controller (GTK_WIDGET (self->entry), keys);
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), GTK_WIDGET (self->entry));

  self->results = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->results, GTK_SELECTION_NONE);
  gtk_list_box_set_header_func (self->results, header_func, self, NULL);
  gtk_widget_add_css_class (GTK_WIDGET (self->results), "boxed-list");
  gtk_widget_set_valign (GTK_WIDGET (self->results), GTK_ALIGN_START);
  gtk_widget_set_margin_top (GTK_WIDGET (self->results), 6);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self->results), 18);
  gtk_widget_set_margin_start (GTK_WIDGET (self->results), 12);
  gtk_widget_set_margin_end (GTK_WIDGET (self->results), 12);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->results), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Search results"), -1);
  g_signal_connect (self->results, "row-activated", G_CALLBACK (on_row_activated), self);
  adw_clamp_set_child (ADW_CLAMP (clamp), GTK_WIDGET (self->results));
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);

  self->status = ADW_STATUS_PAGE (adw_status_page_new ());
  adw_status_page_set_icon_name (self->status, "edit-find-symbolic");
  self->stack = GTK_STACK (gtk_stack_new ());
  gtk_widget_set_vexpand (GTK_WIDGET (self->stack), TRUE);
  gtk_stack_add_named (self->stack, scrolled, "results");
  gtk_stack_add_named (self->stack, GTK_WIDGET (self->status), "status");

  gtk_box_append (GTK_BOX (box), header);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->stack));
  adw_window_set_content (ADW_WINDOW (self), box);
}

GtkWidget *
trygg_search_window_new (TryggWindow   *parent,
                         TryggDatabase *db,
                         TryggPlugins  *plugins)
{
  TryggSearchWindow *self = g_object_new (TRYGG_TYPE_SEARCH_WINDOW,
                                          "transient-for", parent, NULL);

  self->main_window = parent;
  self->db = g_object_ref (db);
  self->plugins = g_object_ref (plugins);
  trygg_search_window_search (self, "");
  gtk_widget_grab_focus (GTK_WIDGET (self->entry));
  return GTK_WIDGET (self);
}
