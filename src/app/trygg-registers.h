/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "trygg-register-page.h"

G_BEGIN_DECLS

extern const TryggChoice trygg_action_statuses[];

GtkWidget *trygg_registers_new_assets_page    (TryggDatabase *db);
GtkWidget *trygg_registers_new_systems_page   (TryggDatabase *db);
GtkWidget *trygg_registers_new_units_page     (TryggDatabase *db);
GtkWidget *trygg_registers_new_persons_page   (TryggDatabase *db);
GtkWidget *trygg_registers_new_processes_page (TryggDatabase *db);
GtkWidget *trygg_registers_new_suppliers_page (TryggDatabase *db);
GtkWidget *trygg_registers_new_actions_page   (TryggDatabase *db);
char      *trygg_registers_format_date        (const char    *iso_date);

G_END_DECLS
