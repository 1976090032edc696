/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * TryggActionplanItem: one activity of the action plan as the page shows it — the plan
 * item's own columns joined with those of its action (title, description, responsible).
 * No GTK: the list, the board and the detail pane bind to its properties, and the model
 * (actionplan-model.c) loads and saves it.
 */
#define G_LOG_DOMAIN "trygg-actionplan"

#include "config.h"

#include "actionplan-item.h"
#include "actionplan-model.h"

struct _TryggActionplanItem
{
  GObject  parent_instance;
  gint64   id;
  gint64   action_id;
  char    *uuid;
  int      year;
  guint    quarters;
  char    *area;
  char    *title;
  char    *description;
  char    *plan_status;
  char    *status_comment;
  gint64   responsible_id;
  char    *responsible_name;
  gboolean late;
};

G_DEFINE_FINAL_TYPE (TryggActionplanItem, trygg_actionplan_item, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_ACTION_ID,
  PROP_UUID,
  PROP_YEAR,
  PROP_QUARTERS,
  PROP_AREA,
  PROP_TITLE,
  PROP_DESCRIPTION,
  PROP_PLAN_STATUS,
  PROP_STATUS_COMMENT,
  PROP_RESPONSIBLE_ID,
  PROP_RESPONSIBLE_NAME,
  PROP_LATE,
  PROP_QUARTERS_TEXT,
  PROP_STATUS_LABEL,
  N_PROPS
};
static GParamSpec *properties[N_PROPS];

static char **
string_field (TryggActionplanItem *self,
              guint                prop_id)
{
  switch (prop_id)
    {
    case PROP_UUID: return &self->uuid;
    case PROP_AREA: return &self->area;
    case PROP_TITLE: return &self->title;
    case PROP_DESCRIPTION: return &self->description;
    case PROP_PLAN_STATUS: return &self->plan_status;
    case PROP_STATUS_COMMENT: return &self->status_comment;
    case PROP_RESPONSIBLE_NAME: return &self->responsible_name;
    default: return NULL;
    }
}

static void
trygg_actionplan_item_finalize (GObject *object)
{
  TryggActionplanItem *self = TRYGG_ACTIONPLAN_ITEM (object);

  for (guint i = PROP_UUID; i < N_PROPS; i++)
    if (string_field (self, i) != NULL)
      g_free (*string_field (self, i));
  G_OBJECT_CLASS (trygg_actionplan_item_parent_class)->finalize (object);
}

static void
trygg_actionplan_item_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  TryggActionplanItem *self = TRYGG_ACTIONPLAN_ITEM (object);

  switch (prop_id)
    {
    case PROP_ID: g_value_set_int64 (value, self->id); break;
    case PROP_ACTION_ID: g_value_set_int64 (value, self->action_id); break;
    case PROP_YEAR: g_value_set_int (value, self->year); break;
    case PROP_QUARTERS: g_value_set_uint (value, self->quarters); break;
    case PROP_RESPONSIBLE_ID: g_value_set_int64 (value, self->responsible_id); break;
    case PROP_LATE: g_value_set_boolean (value, self->late); break;
    case PROP_QUARTERS_TEXT:
      g_value_take_string (value, trygg_actionplan_quarters_to_string (self->quarters));
      break;
    case PROP_STATUS_LABEL:
      g_value_set_string (value, trygg_actionplan_status_label (self->plan_status));
      break;
    default:
      if (string_field (self, prop_id) != NULL)
        g_value_set_string (value, *string_field (self, prop_id));
      else
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
trygg_actionplan_item_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  TryggActionplanItem *self = TRYGG_ACTIONPLAN_ITEM (object);
  char **field = string_field (self, prop_id);

  if (field != NULL)
    {
      const char *s = g_value_get_string (value);
      if (g_strcmp0 (*field, s ? s : "") == 0)
        return;
      g_free (*field);
      *field = g_strdup (s ? s : "");
      g_object_notify_by_pspec (object, pspec);
      if (prop_id == PROP_PLAN_STATUS)
        g_object_notify_by_pspec (object, properties[PROP_STATUS_LABEL]);
      return;
    }

#define SET(member, getter) \
  G_STMT_START { \
    if (self->member == getter (value)) \
      return; \
    self->member = getter (value); \
  } G_STMT_END
  switch (prop_id)
    {
    case PROP_YEAR: SET (year, g_value_get_int); break;
    case PROP_QUARTERS: SET (quarters, g_value_get_uint); break;
    case PROP_RESPONSIBLE_ID: SET (responsible_id, g_value_get_int64); break;
    case PROP_LATE: SET (late, g_value_get_boolean); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec); return;
    }
#undef SET
  g_object_notify_by_pspec (object, pspec);
  if (prop_id == PROP_QUARTERS)
    g_object_notify_by_pspec (object, properties[PROP_QUARTERS_TEXT]);
}

static void
trygg_actionplan_item_class_init (TryggActionplanItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = trygg_actionplan_item_finalize;
  object_class->get_property = trygg_actionplan_item_get_property;
  object_class->set_property = trygg_actionplan_item_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_ACTION_ID] = g_param_spec_int64 ("action-id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_UUID] = g_param_spec_string ("uuid", NULL, NULL, "", rw);
  properties[PROP_YEAR] = g_param_spec_int ("year", NULL, NULL, 0, 9999, 0, rw);
  properties[PROP_QUARTERS] = g_param_spec_uint ("quarters", NULL, NULL, 0, 15, 1, rw);
  properties[PROP_AREA] = g_param_spec_string ("area", NULL, NULL, "", rw);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, "", rw);
  properties[PROP_DESCRIPTION] = g_param_spec_string ("description", NULL, NULL, "", rw);
  properties[PROP_PLAN_STATUS] = g_param_spec_string ("plan-status", NULL, NULL, "not_started", rw);
  properties[PROP_STATUS_COMMENT] = g_param_spec_string ("status-comment", NULL, NULL, "", rw);
  properties[PROP_RESPONSIBLE_ID] = g_param_spec_int64 ("responsible-id", NULL, NULL,
                                                        0, G_MAXINT64, 0, rw);
  properties[PROP_RESPONSIBLE_NAME] = g_param_spec_string ("responsible-name", NULL, NULL, "", rw);
  properties[PROP_LATE] = g_param_spec_boolean ("late", NULL, NULL, FALSE, rw);
  properties[PROP_QUARTERS_TEXT] = g_param_spec_string ("quarters-text", NULL, NULL, "", ro);
  properties[PROP_STATUS_LABEL] = g_param_spec_string ("status-label", NULL, NULL, "", ro);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
trygg_actionplan_item_init (TryggActionplanItem *self)
{
  self->uuid = g_uuid_string_random ();
  self->quarters = 1;
  self->area = g_strdup ("");
  self->title = g_strdup ("");
  self->description = g_strdup ("");
  self->plan_status = g_strdup ("not_started");
  self->status_comment = g_strdup ("");
  self->responsible_name = g_strdup ("");
}

/* A new, unsaved activity of @year's plan in its first quarter. */
TryggActionplanItem *
trygg_actionplan_item_new (int year)
{
  return g_object_new (TRYGG_TYPE_ACTIONPLAN_ITEM, "year", year, NULL);
}

gint64
trygg_actionplan_item_get_id (TryggActionplanItem *self)
{
  return self->id;
}

const char *
trygg_actionplan_item_get_uuid (TryggActionplanItem *self)
{
  return self->uuid;
}

gint64
trygg_actionplan_item_get_action_id (TryggActionplanItem *self)
{
  return self->action_id;
}

int
trygg_actionplan_item_get_year (TryggActionplanItem *self)
{
  return self->year;
}

guint
trygg_actionplan_item_get_quarters (TryggActionplanItem *self)
{
  return self->quarters;
}

const char *
trygg_actionplan_item_get_area (TryggActionplanItem *self)
{
  return self->area;
}

const char *
trygg_actionplan_item_get_title (TryggActionplanItem *self)
{
  return self->title;
}

gint64
trygg_actionplan_item_get_responsible_id (TryggActionplanItem *self)
{
  return self->responsible_id;
}

gboolean
trygg_actionplan_item_get_late (TryggActionplanItem *self)
{
  return self->late;
}

const char *
trygg_actionplan_item_get_description (TryggActionplanItem *self)
{
  return self->description;
}

const char *
trygg_actionplan_item_get_plan_status (TryggActionplanItem *self)
{
  return self->plan_status;
}

const char *
trygg_actionplan_item_get_status_comment (TryggActionplanItem *self)
{
  return self->status_comment;
}

const char *
trygg_actionplan_item_get_responsible_name (TryggActionplanItem *self)
{
  return self->responsible_name;
}

/* Records the rows the item was stored as (0, 0 after a failed first save). */
void
trygg_actionplan_item_set_ids (TryggActionplanItem *self,
                               gint64               id,
                               gint64               action_id)
{
  gboolean id_changed = self->id != id;

  self->action_id = action_id;
  self->id = id;
  if (id_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

/* Takes every value of @other, a fresh copy of the same rows; notifies only what differs. */
void
trygg_actionplan_item_update_from (TryggActionplanItem *self,
                                   TryggActionplanItem *other)
{
  g_object_freeze_notify (G_OBJECT (self));
  trygg_actionplan_item_set_ids (self, other->id, other->action_id);
  g_object_set (self,
                "uuid", other->uuid,
                "year", other->year,
                "quarters", other->quarters,
                "area", other->area,
                "title", other->title,
                "description", other->description,
                "plan-status", other->plan_status,
                "status-comment", other->status_comment,
                "responsible-id", other->responsible_id,
                "responsible-name", other->responsible_name,
                "late", other->late,
                NULL);
  g_object_thaw_notify (G_OBJECT (self));
}
