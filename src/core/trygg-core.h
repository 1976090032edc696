/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * libtrygg-core: the shared model. GLib, GIO, SQLite, json-glib; no GTK.
 */
#pragma once

#include "trygg-action.h"
#include "trygg-asset.h"
#include "trygg-database.h"
#include "trygg-demo-extension.h"
#include "trygg-entity.h"
#include "trygg-entity-list.h"
#include "trygg-exchange.h"
#include "trygg-links.h"
#include "trygg-person.h"
#include "trygg-process.h"
#include "trygg-schema-extension.h"
#include "trygg-search.h"
#include "trygg-search-extension.h"
#include "trygg-supplier.h"
#include "trygg-system.h"
#include "trygg-unit.h"
