//! `#[derive(Probe)]` for the values structs of `maily-chart`.
//!
//! The derive builds `Probe::probe(path, registry)`: every field is probed
//! under `path.<camelCaseFieldName>`, which is the key serde writes with
//! `#[serde(rename_all = "camelCase")]`. The values structs must use that
//! attribute and no per-field `rename`; `maily_chart_engine::symbolic` checks at
//! run time that each marker sits at its own path, so a mismatch fails loudly.

use proc_macro::TokenStream;
use quote::quote;
use syn::{Data, DeriveInput, Fields, parse_macro_input};

/// Derives `maily_chart_engine::symbolic::Probe` for a struct with named fields.
#[proc_macro_derive(Probe)]
pub fn derive_probe(input: TokenStream) -> TokenStream {
    let input = parse_macro_input!(input as DeriveInput);
    let name = &input.ident;
    let Data::Struct(data) = &input.data else {
        return syn::Error::new_spanned(name, "Probe can only be derived for structs").to_compile_error().into();
    };
    let Fields::Named(fields) = &data.fields else {
        return syn::Error::new_spanned(name, "Probe needs named fields").to_compile_error().into();
    };
    let inits = fields.named.iter().map(|field| {
        let ident = field.ident.as_ref().expect("named field");
        if serde_flag(field, "flatten") {
            // A flattened struct's keys sit directly under the parent's path.
            return quote! { #ident: ::maily_chart_engine::symbolic::Probe::probe(path, registry) };
        }
        let key = serde_rename(field).unwrap_or_else(|| camel_case(&ident.to_string()));
        quote! { #ident: ::maily_chart_engine::symbolic::Probe::probe(&path.child(#key), registry) }
    });
    quote! {
        impl ::maily_chart_engine::symbolic::Probe for #name {
            fn probe(path: &::maily_chart_engine::symbolic::ValuesPath, registry: &mut ::maily_chart_engine::symbolic::Registry) -> Self {
                Self { #(#inits),* }
            }
        }
    }
    .into()
}

/// The `#[serde(rename = "...")]` of a field, if any (e.g. Helm's
/// `targetCPUUtilizationPercentage`, which camelCase would not produce).
fn serde_rename(field: &syn::Field) -> Option<String> {
    let mut rename = None;
    for attr in field.attrs.iter().filter(|a| a.path().is_ident("serde")) {
        let _ = attr.parse_nested_meta(|meta| {
            if meta.path.is_ident("rename") {
                let lit: syn::LitStr = meta.value()?.parse()?;
                rename = Some(lit.value());
            } else if meta.input.peek(syn::Token![=]) {
                let _: syn::Expr = meta.value()?.parse()?;
            }
            Ok(())
        });
    }
    rename
}

/// Whether a field carries `#[serde(<flag>)]`, e.g. `flatten`.
fn serde_flag(field: &syn::Field, flag: &str) -> bool {
    let mut found = false;
    for attr in field.attrs.iter().filter(|a| a.path().is_ident("serde")) {
        let _ = attr.parse_nested_meta(|meta| {
            if meta.path.is_ident(flag) {
                found = true;
            } else if meta.input.peek(syn::Token![=]) {
                let _: syn::Expr = meta.value()?.parse()?;
            }
            Ok(())
        });
    }
    found
}

/// serde's `rename_all = "camelCase"` rule for snake_case field names.
fn camel_case(snake: &str) -> String {
    let mut out = String::with_capacity(snake.len());
    let mut upper = false;
    for ch in snake.trim_start_matches("r#").chars() {
        if ch == '_' {
            upper = true;
        } else if upper {
            out.extend(ch.to_uppercase());
            upper = false;
        } else {
            out.push(ch);
        }
    }
    out
}
