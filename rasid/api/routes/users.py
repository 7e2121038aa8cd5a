"""User administration over HTTP (admins only) and API tokens for oneself.

Owns ``/api/users`` (list, create) and ``/api/tokens`` (a new token for the caller).
The command line equivalents are ``rasid users add`` and ``rasid users token``.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request

from rasid.api.auth import Caller, UserOut, admin, store_of, viewer
from rasid.api.errors import ERROR_RESPONSES, ApiError
from rasid.api.schemas import TokenOut, UserCreate
from rasid.api.users import add_user, new_api_token

router = APIRouter(prefix="/api", tags=["users"], responses=ERROR_RESPONSES)


@router.get("/users", response_model=list[UserOut])
def list_users(request: Request, _caller: Annotated[Caller, Depends(admin)]) -> list[dict[str, Any]]:
    """Every user and role."""
    return store_of(request).users()


@router.post("/users", response_model=UserOut, status_code=201)
def create_user(request: Request, body: UserCreate, _caller: Annotated[Caller, Depends(admin)]) -> dict[str, Any]:
    """Create a user; a name already taken is a conflict (409). Resetting a password
    or role is ``rasid users add`` on the server's machine."""
    store = store_of(request)
    if store.user_credentials(body.username) is not None:
        raise ApiError(409, f"user {body.username!r} exists")
    return add_user(store, body.username, body.password, body.role)


@router.post("/tokens", response_model=TokenOut, status_code=201)
def create_token(request: Request, caller: Annotated[Caller, Depends(viewer)]) -> dict[str, str]:
    """A new API token for the calling user, shown once."""
    return {"token": new_api_token(store_of(request), caller.name, "from the web API")}
