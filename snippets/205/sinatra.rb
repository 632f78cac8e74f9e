require 'sinatra'
require 'sinatra/json'

get '/endpoint' do
    status 205
    json message: 'Reset Content'
end
