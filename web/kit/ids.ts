/** The shape of the API's ids (UUIDs): anything else in a path is not found, without asking the API. */
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An organisation identification number (OIN) of a government body: 20 digits or capitals. */
export const OIN = /^[0-9A-Z]{20}$/;
