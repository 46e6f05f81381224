// What other workspaces (gateway tests, devstack) start the service with.
export { startProjects, type ProjectsService } from './app.ts';
export { loadConfig, type ProjectsConfig } from './config.ts';
export { projectsOrm } from './orm.ts';
