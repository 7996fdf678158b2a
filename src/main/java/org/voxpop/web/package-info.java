/**
 * The web front door: {@link org.voxpop.web.WebServer} serves a JSON HTTP API over the query module
 * and a single-page UI bundled as resources (no CDN, no network). See {@code docs/http-api.md}.
 */
package org.voxpop.web;
