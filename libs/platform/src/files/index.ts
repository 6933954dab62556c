export * from './file-store';
export * from './disk-file-store';
export * from './evidence-files';
export * from './files.service';
export * from './files.module';
