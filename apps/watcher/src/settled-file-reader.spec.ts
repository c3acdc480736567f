import { openFailure } from './settled-file-reader';

const errno = (code: string) => Object.assign(new Error(code), { code });

describe('openFailure', () => {
  it('reads a permission error as unreadable for now, with a reason the ledger can show', () => {
    expect(openFailure(errno('EACCES'))).toEqual({ kind: 'unreadable', reason: 'permission denied' });
    expect(openFailure(errno('EPERM'))).toEqual({ kind: 'unreadable', reason: 'permission denied' });
  });

  it('reads running out of descriptors or an I/O error as unreadable, naming the error', () => {
    expect(openFailure(errno('EMFILE'))).toEqual({ kind: 'unreadable', reason: 'the system refused to open it (EMFILE)' });
    expect(openFailure(errno('EIO'))).toEqual({ kind: 'unreadable', reason: 'the system refused to open it (EIO)' });
  });

  it('reads a file deleted or renamed since it was listed as gone', () => {
    expect(openFailure(errno('ENOENT'))).toEqual({ kind: 'gone' });
    expect(openFailure(errno('ENOTDIR'))).toEqual({ kind: 'gone' });
  });
});
