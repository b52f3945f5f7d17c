export { canShareFiles, dateStamp, downloadFile, shareFile } from '../../kits/files/save-file';
