/* global db -- mongosh runs this script with `db` bound to the server. */
// Runs once, when the MongoDB data volume is first initialised (docker-entrypoint-initdb.d), as
// the root user: creates the service's own user, allowed only its database.
const database = process.env.MONGO_SERVICE_DATABASE || 'certificates';
db.getSiblingDB('admin').createUser({
  user: process.env.MONGO_SERVICE_USER,
  pwd: process.env.MONGO_SERVICE_PASSWORD,
  roles: [{ role: 'readWrite', db: database }],
});
