//! `wasi:filesystem` with no preopened directory. Nothing else can hand out a descriptor, so
//! no descriptor or directory stream ever exists and their methods cannot be called: the
//! types are uninhabited and each method is an empty match the compiler checks.

#![cfg(target_arch = "wasm32")]

mod bindings {
    wit_bindgen::generate!({ world: "no-filesystem", path: "../../wit", generate_all });
}

use bindings::exports::wasi::filesystem::types::{
    Advice, DescriptorBorrow, DescriptorFlags, DescriptorStat, DescriptorType, DirectoryEntry,
    ErrorCode, Filesize, InputStream, MetadataHashValue, NewTimestamp, OpenFlags, OutputStream,
    PathFlags,
};
use bindings::exports::wasi::filesystem::{preopens, types};

enum Never {}

struct NoFilesystem;

struct Descriptor(Never);

struct DirectoryEntryStream(Never);

impl preopens::Guest for NoFilesystem {
    fn get_directories() -> Vec<(types::Descriptor, String)> {
        Vec::new()
    }
}

impl types::Guest for NoFilesystem {
    type Descriptor = Descriptor;
    type DirectoryEntryStream = DirectoryEntryStream;

    fn filesystem_error_code(_: &types::Error) -> Option<ErrorCode> {
        None
    }
}

impl types::GuestDescriptor for Descriptor {
    fn read_via_stream(&self, _: Filesize) -> Result<InputStream, ErrorCode> {
        match self.0 {}
    }
    fn write_via_stream(&self, _: Filesize) -> Result<OutputStream, ErrorCode> {
        match self.0 {}
    }
    fn append_via_stream(&self) -> Result<OutputStream, ErrorCode> {
        match self.0 {}
    }
    fn advise(&self, _: Filesize, _: Filesize, _: Advice) -> Result<(), ErrorCode> {
        match self.0 {}
    }
    fn sync_data(&self) -> Result<(), ErrorCode> {
        match self.0 {}
    }
    fn get_flags(&self) -> Result<DescriptorFlags, ErrorCode> {
        match self.0 {}
    }
    fn get_type(&self) -> Result<DescriptorType, ErrorCode> {
        match self.0 {}
    }
    fn set_size(&self, _: Filesize) -> Result<(), ErrorCode> {
        match self.0 {}
    }
    fn set_times(&self, _: NewTimestamp, _: NewTimestamp) -> Result<(), ErrorCode> {
        match self.0 {}
    }
    fn read(&self, _: Filesize, _: Filesize) -> Result<(Vec<u8>, bool), ErrorCode> {
        match self.0 {}
    }
    fn write(&self, _: Vec<u8>, _: Filesize) -> Result<Filesize, ErrorCode> {
        match self.0 {}
    }
    fn read_directory(&self) -> Result<types::DirectoryEntryStream, ErrorCode> {
        match self.0 {}
    }
    fn sync(&self) -> Result<(), ErrorCode> {
        match self.0 {}
    }
    fn create_directory_at(&self, _: String) -> Result<(), ErrorCode> {
        match self.0 {}
    }
    fn stat(&self) -> Result<DescriptorStat, ErrorCode> {
        match self.0 {}
    }
    fn stat_at(&self, _: PathFlags, _: String) -> Result<DescriptorStat, ErrorCode> {
        match self.0 {}
    }
    fn set_times_at(
        &self,
        _: PathFlags,
        _: String,
        _: NewTimestamp,
        _: NewTimestamp,
    ) -> Result<(), ErrorCode> {
        match self.0 {}
    }
    fn link_at(
        &self,
        _: PathFlags,
        _: String,
        _: DescriptorBorrow<'_>,
        _: String,
    ) -> Result<(), ErrorCode> {
        match self.0 {}
    }
    fn open_at(
        &self,
        _: PathFlags,
        _: String,
        _: OpenFlags,
        _: DescriptorFlags,
    ) -> Result<types::Descriptor, ErrorCode> {
        match self.0 {}
    }
    fn readlink_at(&self, _: String) -> Result<String, ErrorCode> {
        match self.0 {}
    }
    fn remove_directory_at(&self, _: String) -> Result<(), ErrorCode> {
        match self.0 {}
    }
    fn rename_at(&self, _: String, _: DescriptorBorrow<'_>, _: String) -> Result<(), ErrorCode> {
        match self.0 {}
    }
    fn symlink_at(&self, _: String, _: String) -> Result<(), ErrorCode> {
        match self.0 {}
    }
    fn unlink_file_at(&self, _: String) -> Result<(), ErrorCode> {
        match self.0 {}
    }
    fn is_same_object(&self, _: DescriptorBorrow<'_>) -> bool {
        match self.0 {}
    }
    fn metadata_hash(&self) -> Result<MetadataHashValue, ErrorCode> {
        match self.0 {}
    }
    fn metadata_hash_at(&self, _: PathFlags, _: String) -> Result<MetadataHashValue, ErrorCode> {
        match self.0 {}
    }
}

impl types::GuestDirectoryEntryStream for DirectoryEntryStream {
    fn read_directory_entry(&self) -> Result<Option<DirectoryEntry>, ErrorCode> {
        match self.0 {}
    }
}

bindings::export!(NoFilesystem with_types_in bindings);
