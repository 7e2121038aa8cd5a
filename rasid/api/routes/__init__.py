"""The API's routers, one module per resource: events (and their review), documents
(and coding new ones), reference lists and statistics, exports, users, and the web UI."""
