import { APP_CONFIG, AppConfig } from '@app/config';
import { Module } from '@nestjs/common';
import { DiskFileStore } from './disk-file-store';
import { FILE_STORE } from './file-store';
import { FilesService } from './files.service';

/**
 * Evidence file storage: FilesService, and the FileStore it writes to (on disk under
 * FILE_STORAGE_DIR; bind FILE_STORE to another implementation for object storage).
 */
@Module({
  providers: [
    {
      provide: FILE_STORE,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => new DiskFileStore(config.FILE_STORAGE_DIR),
    },
    FilesService,
  ],
  exports: [FilesService, FILE_STORE],
})
export class FilesModule {}
