/* SPDX-License-Identifier: GPL-3.0-or-later
 * STUB: replaced by its owner in this session. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "classification-editor.h"

struct _TryggClassificationEditor { AdwWindow parent_instance; };
G_DEFINE_FINAL_TYPE (TryggClassificationEditor, trygg_classification_editor, ADW_TYPE_WINDOW)
static void trygg_classification_editor_class_init (TryggClassificationEditorClass *klass) {}
static void trygg_classification_editor_init (TryggClassificationEditor *self) {}
GtkWidget *
trygg_classification_editor_new (TryggDatabase *db, gint64 asset_id)
{
  return g_object_new (TRYGG_TYPE_CLASSIFICATION_EDITOR, NULL);
}
