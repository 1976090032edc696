/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * TryggActionplanBoard: the year at a glance, as it is shown on a projector — one row per
 * area, one column per quarter, each activity a card in every quarter it spans. A card shows
 * the activity, its status in words with an icon and a colour, "Late" when its last quarter
 * has passed, and who is responsible; activating it selects the activity in the shared
 * selection, which opens it in the detail pane.
 *
 * Edits that only change a card's text update the cards in place; a change of area or
 * quarters (or of the list) rebuilds the board at idle, keeping the keyboard focus.
 */
#define G_LOG_DOMAIN "trygg-actionplan"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "actionplan-board.h"
#include "actionplan-model.h"
#include "actionplan-status-badge.h"

#define AREA_WIDTH 180

struct _TryggActionplanBoard
{
  GtkWidget           parent_instance;
  GtkWidget          *scrolled;
  GtkWidget          *content;
  GtkSingleSelection *selection;
  GPtrArray          *cards;    /* GtkButton*, each with its item as "item" data */
  GPtrArray          *watched;  /* the items whose notify is connected */
  guint               rebuild_source;
  int                 year;
};

G_DEFINE_FINAL_TYPE (TryggActionplanBoard, trygg_actionplan_board, GTK_TYPE_WIDGET)

static void queue_rebuild (TryggActionplanBoard *self);

static void
update_card (GtkWidget           *card,
             TryggActionplanItem *item)
{
  const char *title = trygg_actionplan_item_get_title (item);
  const char *who = trygg_actionplan_item_get_responsible_name (item);
  const char *status = trygg_actionplan_item_get_plan_status (item);
  gboolean late = trygg_actionplan_item_get_late (item);
  GtkWidget *who_label = g_object_get_data (G_OBJECT (card), "who-label");
  g_autofree char *quarters = trygg_actionplan_quarters_to_string (
      trygg_actionplan_item_get_quarters (item));
  g_autofree char *description = NULL;
  g_autoptr(GPtrArray) parts = NULL;

  for (guint i = 0; trygg_actionplan_statuses[i].value != NULL; i++)
    {
      g_autofree char *css = g_strconcat ("status-", trygg_actionplan_statuses[i].value, NULL);
      if (g_str_equal (trygg_actionplan_statuses[i].value, status))
        gtk_widget_add_css_class (card, css);
      else
        gtk_widget_remove_css_class (card, css);
    }
  gtk_label_set_label (g_object_get_data (G_OBJECT (card), "title-label"),
                       *title ? title : _("Untitled activity"));
  g_object_set (g_object_get_data (G_OBJECT (card), "badge"), "status", status, "late", late,
                NULL);
  gtk_label_set_label (GTK_LABEL (who_label), who);
  gtk_widget_set_visible (who_label, *who != '\0');
  gtk_widget_set_tooltip_text (card, *trygg_actionplan_item_get_status_comment (item)
                                     ? trygg_actionplan_item_get_status_comment (item) : NULL);

  /* what a screen reader says after the title: status, late, quarters, responsible */
  parts = g_ptr_array_new ();
  g_ptr_array_add (parts, (gpointer) trygg_actionplan_status_label (status));
  if (late)
    g_ptr_array_add (parts, (gpointer) _("Late"));
  g_ptr_array_add (parts, quarters);
  if (*who != '\0')
    g_ptr_array_add (parts, (gpointer) who);
  g_ptr_array_add (parts, NULL);
  description = g_strjoinv (", ", (char **) parts->pdata);
  gtk_accessible_update_property (GTK_ACCESSIBLE (card),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  *title ? title : _("Untitled activity"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
}

static void
update_selected (TryggActionplanBoard *self)
{
  gpointer selected = self->selection ? gtk_single_selection_get_selected_item (self->selection)
                                      : NULL;

  for (guint i = 0; i < self->cards->len; i++)
    {
      GtkWidget *card = g_ptr_array_index (self->cards, i);
      gboolean is = g_object_get_data (G_OBJECT (card), "item") == selected;

      if (is)
        gtk_widget_add_css_class (card, "selected");
      else
        gtk_widget_remove_css_class (card, "selected");
      gtk_accessible_update_state (GTK_ACCESSIBLE (card), GTK_ACCESSIBLE_STATE_SELECTED, is, -1);
    }
}

static void
on_card_clicked (GtkButton            *card,
                 TryggActionplanBoard *self)
{
  GListModel *model = G_LIST_MODEL (self->selection);
  gpointer item = g_object_get_data (G_OBJECT (card), "item");

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) other = g_list_model_get_item (model, i);
      if (other == item)
        {
          gtk_single_selection_set_selected (self->selection, i);
          break;
        }
    }
  update_selected (self);
}

static GtkWidget *
make_card (TryggActionplanBoard *self,
           TryggActionplanItem  *item,
           guint                 quarter)
{
  GtkWidget *card = gtk_button_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *badge = trygg_actionplan_status_badge_new (NULL, FALSE);
  GtkWidget *who = gtk_label_new (NULL);

  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (title), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_lines (GTK_LABEL (title), 3);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_width_chars (GTK_LABEL (title), 8);
  gtk_label_set_max_width_chars (GTK_LABEL (title), 24);
  gtk_widget_add_css_class (title, "title");
  gtk_widget_set_halign (badge, GTK_ALIGN_START);
  trygg_actionplan_status_badge_set_stacked (TRYGG_ACTIONPLAN_STATUS_BADGE (badge), TRUE);
  gtk_label_set_xalign (GTK_LABEL (who), 0);
  gtk_label_set_ellipsize (GTK_LABEL (who), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (who, "caption");
  gtk_widget_add_css_class (who, "dim-label");
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), badge);
  gtk_box_append (GTK_BOX (box), who);
  gtk_button_set_child (GTK_BUTTON (card), box);
  gtk_widget_add_css_class (card, "card");
  gtk_widget_add_css_class (card, "actionplan-card");

  g_object_set_data (G_OBJECT (card), "item", item);
  g_object_set_data (G_OBJECT (card), "quarter", GUINT_TO_POINTER (quarter));
  g_object_set_data (G_OBJECT (card), "title-label", title);
  g_object_set_data (G_OBJECT (card), "badge", badge);
  g_object_set_data (G_OBJECT (card), "who-label", who);
  g_signal_connect (card, "clicked", G_CALLBACK (on_card_clicked), self);
  update_card (card, item);
  g_ptr_array_add (self->cards, card);
  return card;
}

static void
on_item_notify (TryggActionplanItem  *item,
                GParamSpec           *pspec,
                TryggActionplanBoard *self)
{
  if (g_str_equal (pspec->name, "area") || g_str_equal (pspec->name, "quarters") ||
      g_str_equal (pspec->name, "year"))
    {
      queue_rebuild (self);
      return;
    }
  for (guint i = 0; i < self->cards->len; i++)
    {
      GtkWidget *card = g_ptr_array_index (self->cards, i);
      if (g_object_get_data (G_OBJECT (card), "item") == item)
        update_card (card, item);
    }
}

static void
unwatch_items (TryggActionplanBoard *self)
{
  for (guint i = 0; i < self->watched->len; i++)
    g_signal_handlers_disconnect_by_data (g_ptr_array_index (self->watched, i), self);
  g_ptr_array_set_size (self->watched, 0);
}

static GtkWidget *
make_quarter_header (guint    quarter,
                     gboolean now)
{
  static const char *months[] = {
    N_("January–March"), N_("April–June"), N_("July–September"), N_("October–December")
  };
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  g_autofree char *name = trygg_actionplan_quarter_name (quarter);
  GtkWidget *title = gtk_label_new (name);
  GtkWidget *caption = gtk_label_new (now ? _("This quarter") : _(months[quarter - 1]));

  gtk_widget_add_css_class (title, "heading");
  gtk_widget_add_css_class (caption, "caption");
  if (!now)
    gtk_widget_add_css_class (caption, "dim-label");
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), caption);
  gtk_widget_add_css_class (box, "actionplan-cell");
  if (now)
    gtk_widget_add_css_class (box, "actionplan-quarter-now");
  gtk_widget_set_tooltip_text (box, _(months[quarter - 1]));
  return box;
}

static GtkWidget *
make_row (GtkWidget *first,
          GtkWidget *grid)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);

  gtk_widget_set_size_request (first, AREA_WIDTH, -1);
  gtk_widget_set_hexpand (grid, TRUE);
  gtk_grid_set_column_homogeneous (GTK_GRID (grid), TRUE);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 8);
  gtk_box_append (GTK_BOX (row), first);
  gtk_box_append (GTK_BOX (row), grid);
  return row;
}

static void
rebuild (TryggActionplanBoard *self)
{
  GListModel *model = G_LIST_MODEL (self->selection);
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  gpointer focus_item = NULL;
  guint focus_quarter = 0;
  GtkWidget *child, *header, *cells[4] = { NULL };
  const char *area = NULL;
  int this_year;
  guint this_quarter = trygg_actionplan_current_quarter (&this_year);

  g_clear_handle_id (&self->rebuild_source, g_source_remove);
  for (; focus != NULL && focus != GTK_WIDGET (self); focus = gtk_widget_get_parent (focus))
    if (g_object_get_data (G_OBJECT (focus), "quarter") != NULL &&
        gtk_widget_is_ancestor (focus, GTK_WIDGET (self)))
      {
        focus_item = g_object_get_data (G_OBJECT (focus), "item");
        focus_quarter = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (focus), "quarter"));
        break;
      }

  unwatch_items (self);
  g_ptr_array_set_size (self->cards, 0);
  while ((child = gtk_widget_get_first_child (self->content)) != NULL)
    gtk_box_remove (GTK_BOX (self->content), child);
  if (model == NULL)
    return;

  header = gtk_grid_new ();
  for (guint q = 1; q <= 4; q++)
    gtk_grid_attach (GTK_GRID (header),
                     make_quarter_header (q, self->year == this_year && q == this_quarter),
                     (int) q - 1, 0, 1, 1);
  gtk_box_append (GTK_BOX (self->content), make_row (gtk_label_new (NULL), header));

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(TryggActionplanItem) item = g_list_model_get_item (model, i);
      const char *item_area = trygg_actionplan_item_get_area (item);

      if (area == NULL || g_strcmp0 (area, item_area) != 0)
        {
          GtkWidget *grid = gtk_grid_new ();
          GtkWidget *label = gtk_label_new (*item_area ? item_area : _("No area"));

          gtk_label_set_wrap (GTK_LABEL (label), TRUE);
          gtk_label_set_xalign (GTK_LABEL (label), 0);
          gtk_label_set_yalign (GTK_LABEL (label), 0);
          gtk_widget_set_margin_top (label, 6);
          gtk_widget_add_css_class (label, "actionplan-area");
          if (*item_area == '\0')
            gtk_widget_add_css_class (label, "dim-label");
          for (guint q = 0; q < 4; q++)
            {
              cells[q] = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
              gtk_widget_add_css_class (cells[q], "actionplan-cell");
              gtk_widget_set_valign (cells[q], GTK_ALIGN_FILL);
              gtk_grid_attach (GTK_GRID (grid), cells[q], (int) q, 0, 1, 1);
            }
          gtk_box_append (GTK_BOX (self->content), make_row (label, grid));
          area = item_area;
        }
      for (guint q = 1; q <= 4; q++)
        if (trygg_actionplan_item_get_quarters (item) & (1u << (q - 1)))
          {
            GtkWidget *card = make_card (self, item, q);
            gtk_box_append (GTK_BOX (cells[q - 1]), card);
            if (item == focus_item && q == focus_quarter)
              gtk_widget_grab_focus (card);
          }
      g_signal_connect (item, "notify", G_CALLBACK (on_item_notify), self);
      g_ptr_array_add (self->watched, g_object_ref (item));
    }
  update_selected (self);
}

static gboolean
rebuild_idle (gpointer data)
{
  TryggActionplanBoard *self = data;

  self->rebuild_source = 0;
  rebuild (self);
  return G_SOURCE_REMOVE;
}

static void
queue_rebuild (TryggActionplanBoard *self)
{
  if (self->rebuild_source == 0)
    self->rebuild_source = g_idle_add (rebuild_idle, self);
}

static void
trygg_actionplan_board_dispose (GObject *object)
{
  TryggActionplanBoard *self = TRYGG_ACTIONPLAN_BOARD (object);

  g_clear_handle_id (&self->rebuild_source, g_source_remove);
  if (self->watched != NULL)
    unwatch_items (self);
  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_data (self->selection, self);
  g_clear_object (&self->selection);
  g_clear_pointer (&self->scrolled, gtk_widget_unparent);
  g_clear_pointer (&self->cards, g_ptr_array_unref);
  g_clear_pointer (&self->watched, g_ptr_array_unref);
  G_OBJECT_CLASS (trygg_actionplan_board_parent_class)->dispose (object);
}

static void
trygg_actionplan_board_class_init (TryggActionplanBoardClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = trygg_actionplan_board_dispose;
  gtk_widget_class_set_layout_manager_type (GTK_WIDGET_CLASS (klass), GTK_TYPE_BIN_LAYOUT);
}

static void
trygg_actionplan_board_init (TryggActionplanBoard *self)
{
  trygg_actionplan_load_css ();
  self->cards = g_ptr_array_new ();
  self->watched = g_ptr_array_new_with_free_func (g_object_unref);
  self->scrolled = gtk_scrolled_window_new ();
  self->content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  gtk_widget_set_margin_start (self->content, 18);
  gtk_widget_set_margin_end (self->content, 18);
  gtk_widget_set_margin_top (self->content, 12);
  gtk_widget_set_margin_bottom (self->content, 18);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (self->scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->scrolled), self->content);
  gtk_widget_set_parent (self->scrolled, GTK_WIDGET (self));
}

GtkWidget *
trygg_actionplan_board_new (void)
{
  return g_object_new (TRYGG_TYPE_ACTIONPLAN_BOARD, NULL);
}

void
trygg_actionplan_board_set_model (TryggActionplanBoard *self,
                                  GtkSingleSelection   *selection)
{
  g_return_if_fail (TRYGG_IS_ACTIONPLAN_BOARD (self));

  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_data (self->selection, self);
  g_set_object (&self->selection, selection);
  if (selection != NULL)
    {
      g_signal_connect_swapped (selection, "items-changed", G_CALLBACK (queue_rebuild), self);
      g_signal_connect_swapped (selection, "selection-changed", G_CALLBACK (update_selected),
                                self);
    }
  rebuild (self);
}

/* The year shown: its current quarter, if any, is marked. */
void
trygg_actionplan_board_set_year (TryggActionplanBoard *self,
                                 int                   year)
{
  g_return_if_fail (TRYGG_IS_ACTIONPLAN_BOARD (self));

  if (self->year == year)
    return;
  self->year = year;
  queue_rebuild (self);
}

/* Returns: (transfer none) (nullable): the card of @item in @quarter, for tests */
GtkWidget *
trygg_actionplan_board_get_card (TryggActionplanBoard *self,
                                 gpointer              item,
                                 guint                 quarter)
{
  if (self->rebuild_source != 0)
    rebuild (self);
  for (guint i = 0; i < self->cards->len; i++)
    {
      GtkWidget *card = g_ptr_array_index (self->cards, i);
      if (g_object_get_data (G_OBJECT (card), "item") == item &&
          GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (card), "quarter")) == quarter)
        return card;
    }
  return NULL;
}
