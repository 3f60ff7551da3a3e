using Surge.Web;

// The Surge web app and HTTP API (formats.md's JSON objects, written by the same writers as the CLI's).
SurgeWebApp.Create(args).Run();
