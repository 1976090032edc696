/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * TryggActionplanStatusBadge: the plan status of an activity as a coloured pill with an icon
 * and the status in words — colour is never the only signal — and a second, red pill "Late"
 * when the activity's last quarter has passed while it is still open.
 */
#define G_LOG_DOMAIN "trygg-actionplan"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "actionplan-model.h"
#include "actionplan-status-badge.h"

struct _TryggActionplanStatusBadge
{
  GtkWidget  parent_instance;
  GtkWidget *status_box;
  GtkWidget *status_icon;
  GtkWidget *status_label;
  GtkWidget *late_box;
  char      *status;
};

G_DEFINE_FINAL_TYPE (TryggActionplanStatusBadge, trygg_actionplan_status_badge, GTK_TYPE_WIDGET)

enum { PROP_0, PROP_STATUS, PROP_LATE, N_PROPS };
static GParamSpec *properties[N_PROPS];

/* The plugin's style sheet, added to the display once. */
void
trygg_actionplan_load_css (void)
{
  static gboolean loaded;
  GdkDisplay *display = gdk_display_get_default ();
  g_autoptr(GtkCssProvider) provider = NULL;

  if (loaded || display == NULL)
    return;
  loaded = TRUE;
  provider = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (provider,
                                       "/io/github/trygg/Trygg/plugins/actionplan/actionplan.css");
  gtk_style_context_add_provider_for_display (display, GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
}

static GtkWidget *
make_pill (GtkWidget  **icon,
           GtkWidget  **label)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);

  *icon = gtk_image_new ();
  *label = gtk_label_new (NULL);
  gtk_accessible_update_state (GTK_ACCESSIBLE (*icon), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  /* the words are the signal: never "…"; stacked badges wrap them instead */
  gtk_label_set_wrap_mode (GTK_LABEL (*label), PANGO_WRAP_WORD);
  gtk_label_set_xalign (GTK_LABEL (*label), 0);
  gtk_box_append (GTK_BOX (box), *icon);
  gtk_box_append (GTK_BOX (box), *label);
  gtk_widget_add_css_class (box, "actionplan-badge");
  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  gtk_widget_set_halign (box, GTK_ALIGN_START);
  return box;
}

void
trygg_actionplan_status_badge_set_status (TryggActionplanStatusBadge *self,
                                          const char                 *status)
{
  g_autofree char *old_class = NULL;
  g_autofree char *new_class = NULL;
  const char *value;

  g_return_if_fail (TRYGG_IS_ACTIONPLAN_STATUS_BADGE (self));

  value = trygg_actionplan_statuses[trygg_actionplan_status_index (status)].value;
  if (g_strcmp0 (self->status, value) == 0)
    return;
  if (self->status != NULL)
    {
      old_class = g_strconcat ("status-", self->status, NULL);
      gtk_widget_remove_css_class (self->status_box, old_class);
    }
  g_free (self->status);
  self->status = g_strdup (value);
  new_class = g_strconcat ("status-", value, NULL);
  gtk_widget_add_css_class (self->status_box, new_class);
  gtk_image_set_from_icon_name (GTK_IMAGE (self->status_icon),
                                trygg_actionplan_status_icon (value));
  gtk_label_set_label (GTK_LABEL (self->status_label), trygg_actionplan_status_label (value));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
}

void
trygg_actionplan_status_badge_set_late (TryggActionplanStatusBadge *self,
                                        gboolean                    late)
{
  g_return_if_fail (TRYGG_IS_ACTIONPLAN_STATUS_BADGE (self));

  if (gtk_widget_get_visible (self->late_box) == !!late)
    return;
  gtk_widget_set_visible (self->late_box, late);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LATE]);
}

/* Puts "Late" under the status instead of beside it, and lets the words wrap, for narrow
 * places such as the cards of the board. */
void
trygg_actionplan_status_badge_set_stacked (TryggActionplanStatusBadge *self,
                                           gboolean                    stacked)
{
  GtkLayoutManager *layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));

  g_return_if_fail (TRYGG_IS_ACTIONPLAN_STATUS_BADGE (self));

  gtk_orientable_set_orientation (GTK_ORIENTABLE (layout), stacked ? GTK_ORIENTATION_VERTICAL
                                                                   : GTK_ORIENTATION_HORIZONTAL);
  gtk_label_set_wrap (GTK_LABEL (self->status_label), stacked);
}

static void
trygg_actionplan_status_badge_get_property (GObject    *object,
                                            guint       prop_id,
                                            GValue     *value,
                                            GParamSpec *pspec)
{
  TryggActionplanStatusBadge *self = TRYGG_ACTIONPLAN_STATUS_BADGE (object);

  switch (prop_id)
    {
    case PROP_STATUS: g_value_set_string (value, self->status); break;
    case PROP_LATE: g_value_set_boolean (value, gtk_widget_get_visible (self->late_box)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
trygg_actionplan_status_badge_set_property (GObject      *object,
                                            guint         prop_id,
                                            const GValue *value,
                                            GParamSpec   *pspec)
{
  TryggActionplanStatusBadge *self = TRYGG_ACTIONPLAN_STATUS_BADGE (object);

  switch (prop_id)
    {
    case PROP_STATUS: trygg_actionplan_status_badge_set_status (self, g_value_get_string (value));
      break;
    case PROP_LATE: trygg_actionplan_status_badge_set_late (self, g_value_get_boolean (value));
      break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
trygg_actionplan_status_badge_dispose (GObject *object)
{
  TryggActionplanStatusBadge *self = TRYGG_ACTIONPLAN_STATUS_BADGE (object);

  g_clear_pointer (&self->status_box, gtk_widget_unparent);
  g_clear_pointer (&self->late_box, gtk_widget_unparent);
  G_OBJECT_CLASS (trygg_actionplan_status_badge_parent_class)->dispose (object);
}

static void
trygg_actionplan_status_badge_finalize (GObject *object)
{
  g_free (TRYGG_ACTIONPLAN_STATUS_BADGE (object)->status);
  G_OBJECT_CLASS (trygg_actionplan_status_badge_parent_class)->finalize (object);
}

static void
trygg_actionplan_status_badge_class_init (TryggActionplanStatusBadgeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = trygg_actionplan_status_badge_dispose;
  object_class->finalize = trygg_actionplan_status_badge_finalize;
  object_class->get_property = trygg_actionplan_status_badge_get_property;
  object_class->set_property = trygg_actionplan_status_badge_set_property;

  properties[PROP_STATUS] =
    g_param_spec_string ("status", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LATE] =
    g_param_spec_boolean ("late", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "actionplan-status");
}

static void
trygg_actionplan_status_badge_init (TryggActionplanStatusBadge *self)
{
  GtkWidget *late_icon, *late_label;

  trygg_actionplan_load_css ();
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (gtk_widget_get_layout_manager (GTK_WIDGET (self))),
                              4);
  self->status_box = make_pill (&self->status_icon, &self->status_label);
  gtk_widget_set_parent (self->status_box, GTK_WIDGET (self));
  self->late_box = make_pill (&late_icon, &late_label);
  gtk_image_set_from_icon_name (GTK_IMAGE (late_icon), "task-past-due-symbolic");
  /* Translators: shown beside the status of an open activity whose last quarter has passed */
  gtk_label_set_label (GTK_LABEL (late_label), _("Late"));
  gtk_widget_add_css_class (self->late_box, "late");
  gtk_widget_set_visible (self->late_box, FALSE);
  gtk_widget_set_parent (self->late_box, GTK_WIDGET (self));
  trygg_actionplan_status_badge_set_status (self, "not_started");
}

GtkWidget *
trygg_actionplan_status_badge_new (const char *status,
                                   gboolean    late)
{
  return g_object_new (TRYGG_TYPE_ACTIONPLAN_STATUS_BADGE, "status", status, "late", late, NULL);
}
